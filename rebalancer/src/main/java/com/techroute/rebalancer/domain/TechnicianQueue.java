package com.techroute.rebalancer.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import com.techroute.engine.decision.RosterEntry;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.workload.OpenWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One technician's queue: started work that never moves, then the unstarted tickets the solver orders.
 *
 * <p>The technician works the queue in order inside their shifts, one ticket at a time, so a ticket's
 * expected start is the effort ahead of it (started work plus the tickets before it) laid onto their
 * calendar.
 */
@PlanningEntity
public class TechnicianQueue {

    @PlanningId
    private String id;
    private RosterEntry entry;
    private List<OpenWork> startedWork;
    private Duration startedEffort;
    private ScoringContext context;
    private QueueCalendar calendar;

    @PlanningListVariable
    private List<QueuedTicket> tickets;

    /** Creates an empty queue; the solver's cloner needs this constructor. */
    public TechnicianQueue() {
    }

    /**
     * Creates the queue of a technician with no unstarted tickets yet.
     *
     * @param entry the technician, their calendar and load, from the roster
     * @param startedWork work the technician has begun; it stays ahead of every unstarted ticket
     * @param context decision time and weights
     */
    public TechnicianQueue(RosterEntry entry, List<OpenWork> startedWork, ScoringContext context) {
        this.id = entry.technician().id().value();
        this.entry = entry;
        this.startedWork = List.copyOf(startedWork);
        this.startedEffort = startedWork.stream().map(OpenWork::remaining).reduce(Duration.ZERO, Duration::plus);
        this.context = context;
        this.calendar = new QueueCalendar(entry, context.now());
        this.tickets = new ArrayList<>();
    }

    public String getId() {
        return id;
    }

    public TechnicianId technicianId() {
        return entry.technician().id();
    }

    public RosterEntry entry() {
        return entry;
    }

    public List<OpenWork> startedWork() {
        return startedWork;
    }

    /** Returns the remaining effort of the started work. */
    public Duration startedEffort() {
        return startedEffort;
    }

    /** Returns the started effort plus the effort of the tickets before {@code ticket} in this queue. */
    public Duration effortBefore(QueuedTicket ticket) {
        Duration total = startedEffort;
        for (QueuedTicket ahead : tickets) {
            if (ahead == ticket) {
                return total;
            }
            total = total.plus(ahead.effort());
        }
        throw new IllegalArgumentException("Ticket (" + ticket.getId() + ") is not in the queue of technician ("
                + id + ").");
    }

    public ScoringContext context() {
        return context;
    }

    public Instant now() {
        return context.now();
    }

    /** Returns when a ticket with {@code effortAhead} of work before it would start. */
    public Instant startAfter(Duration effortAhead) {
        return calendar.startAfter(effortAhead);
    }

    public List<QueuedTicket> getTickets() {
        return tickets;
    }

    public void setTickets(List<QueuedTicket> tickets) {
        this.tickets = tickets;
    }

    @Override
    public String toString() {
        return "TechnicianQueue[" + id + ", " + tickets.size() + " unstarted]";
    }
}
