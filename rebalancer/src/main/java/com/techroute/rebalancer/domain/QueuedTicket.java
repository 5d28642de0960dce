package com.techroute.rebalancer.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.CascadingUpdateShadowVariable;
import ai.timefold.solver.core.api.domain.variable.IndexShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.TechnicianId;
import java.time.Duration;
import java.time.Instant;

/**
 * An unstarted ticket: the planning value the solver places in a technician's queue.
 *
 * <p>The shadow variables follow from where it sits: its queue, the ticket before it, its position among
 * the queue's unstarted tickets, the effort ahead of it (started work plus the tickets before it) and
 * its expected start on the technician's calendar.
 */
@PlanningEntity
public class QueuedTicket {

    @PlanningId
    private String id;
    private TicketContext ticket;
    private TechnicianId originalTechnician;
    private int originalPosition;

    @InverseRelationShadowVariable(sourceVariableName = "tickets")
    private TechnicianQueue queue;
    @PreviousElementShadowVariable(sourceVariableName = "tickets")
    private QueuedTicket previous;
    @NextElementShadowVariable(sourceVariableName = "tickets")
    private QueuedTicket next;
    @IndexShadowVariable(sourceVariableName = "tickets")
    private Integer position;
    @CascadingUpdateShadowVariable(targetMethodName = "updateSchedule")
    private Duration effortAhead;
    @CascadingUpdateShadowVariable(targetMethodName = "updateSchedule")
    private Instant expectedStart;

    // Memo of failures(): the five hard constraints ask for the same bits one after another.
    private TechnicianQueue failuresQueue;
    private Duration failuresEffortAhead;
    private int failuresMemo;

    /** Creates an empty ticket; the solver's cloner needs this constructor. */
    public QueuedTicket() {
    }

    /**
     * Creates the planning value of an unstarted ticket.
     *
     * @param ticket the ticket and what the engine worked out about it
     * @param originalTechnician the technician whose queue it is in before the rebalance
     * @param originalPosition its position among that queue's unstarted tickets, from 0
     */
    public QueuedTicket(TicketContext ticket, TechnicianId originalTechnician, int originalPosition) {
        this.id = ticket.ticket().id().value();
        this.ticket = ticket;
        this.originalTechnician = originalTechnician;
        this.originalPosition = originalPosition;
    }

    /** Recomputes the effort ahead and the expected start; the solver calls it when the queue changes. */
    public void updateSchedule() {
        if (queue == null) {
            effortAhead = null;
            expectedStart = null;
            return;
        }
        if (previous == null) {
            effortAhead = queue.startedEffort();
        } else if (previous.effortAhead != null) {
            effortAhead = previous.effortAhead.plus(previous.effort());
        } else {
            // The previous ticket's shadows are not set yet, as before the first full update.
            effortAhead = queue.effortBefore(this);
        }
        expectedStart = queue.startAfter(effortAhead);
    }

    public String getId() {
        return id;
    }

    public TicketContext ticket() {
        return ticket;
    }

    public Duration effort() {
        return ticket.ticket().effort();
    }

    public TechnicianId originalTechnician() {
        return originalTechnician;
    }

    public int originalPosition() {
        return originalPosition;
    }

    public TechnicianQueue getQueue() {
        return queue;
    }

    public QueuedTicket getPrevious() {
        return previous;
    }

    public QueuedTicket getNext() {
        return next;
    }

    /** Returns the position among the queue's unstarted tickets, from 0, or null when not in a queue. */
    public Integer getPosition() {
        return position;
    }

    public Duration getEffortAhead() {
        return effortAhead;
    }

    public Instant getExpectedStart() {
        return expectedStart;
    }

    /** Returns whether the ticket sits with another technician than before the rebalance. */
    public boolean moved() {
        return queue != null && !queue.technicianId().equals(originalTechnician);
    }

    /** Returns the engine's candidate for this ticket where it sits, the input of every soft factor. */
    public Candidate candidate() {
        return new Candidate(ticket, queue.entry(), effortAhead, position, expectedStart, queue.now());
    }

    /**
     * Returns the hard constraints the ticket fails where it sits, as the bit set
     * {@link HardConstraints#failures} returns, with the real effort ahead of it.
     */
    public int failures() {
        if (queue != failuresQueue || !effortAhead.equals(failuresEffortAhead)) {
            failuresMemo = HardConstraints.failures(ticket, queue.entry(), effortAhead, queue.now());
            failuresQueue = queue;
            failuresEffortAhead = effortAhead;
        }
        return failuresMemo;
    }

    @Override
    public String toString() {
        return "QueuedTicket[" + id + "]";
    }
}
