package com.techroute.rebalancer;

import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.RosterEntry;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.workload.OpenWork;
import com.techroute.rebalancer.domain.MovePolicy;
import com.techroute.rebalancer.domain.QueuedTicket;
import com.techroute.rebalancer.domain.RebalanceSolution;
import com.techroute.rebalancer.domain.ScoringContext;
import com.techroute.rebalancer.domain.TechnicianQueue;
import com.techroute.rebalancer.solver.RebalanceConstraints;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the planning problem of a request: the queues as they are, with every unstarted ticket in place. */
public final class RebalanceProblem {

    /** Hard constraints that depend on the technician and the ticket only, not on the queue position. */
    private static final int TECHNICIAN_FAILURES = ExclusionReason.INACTIVE.bit()
            | ExclusionReason.TIME_OFF.bit() | ExclusionReason.OFF_SHIFT.bit() | ExclusionReason.MISSING_SKILL.bit();

    private RebalanceProblem() {
    }

    /**
     * Builds the problem.
     *
     * @throws IllegalArgumentException when an unstarted ticket of the roster has no context, a context
     *     matches no unstarted ticket, or a ticket appears twice
     */
    public static RebalanceSolution build(RebalanceRequest request) {
        Map<TicketId, TicketContext> contexts = byId(request.tickets());
        ScoringContext context = new ScoringContext(request.now(), request.profile().weights());
        List<TechnicianQueue> queues = new ArrayList<>();
        List<QueuedTicket> tickets = new ArrayList<>();
        for (RosterEntry entry : request.roster().entries()) {
            List<OpenWork> started = entry.load().queue().stream().filter(OpenWork::started).toList();
            TechnicianQueue queue = new TechnicianQueue(entry, started, context);
            for (OpenWork work : entry.load().queue()) {
                if (!work.started()) {
                    QueuedTicket ticket = new QueuedTicket(take(contexts, work, entry), entry.technician().id(),
                            queue.getTickets().size());
                    queue.getTickets().add(ticket);
                    tickets.add(ticket);
                }
            }
            queues.add(queue);
        }
        if (!contexts.isEmpty()) {
            throw new IllegalArgumentException(String.format(
                    "Tickets (%s) have a context but are not unstarted tickets in any queue of the roster. Drop"
                            + " them, or rebuild the roster from the tenant's open assignments.", contexts.keySet()));
        }
        RebalanceSettings settings = request.settings();
        long penalty = Math.round(settings.movePenalty() * RebalanceConstraints.SCORE_SCALE);
        return new RebalanceSolution(new MovePolicy(penalty, settings.maxMoves()), queues, tickets);
    }

    /**
     * Takes out of their queues the tickets that fail a hard constraint of their technician alone (inactive,
     * time off, off shift, missing skill), so {@code StrandedPlacer} or the solver's construction phase can
     * place each anew. Capacity depends on the queue, not the technician alone, so it is left to local search.
     *
     * @return how many tickets were taken out
     */
    public static int unplaceStranded(RebalanceSolution solution) {
        int stranded = 0;
        for (TechnicianQueue queue : solution.getQueues()) {
            List<QueuedTicket> keep = new ArrayList<>();
            for (QueuedTicket ticket : queue.getTickets()) {
                int failures = HardConstraints.failures(ticket.ticket(), queue.entry(), queue.effortBefore(ticket),
                        queue.now());
                if ((failures & TECHNICIAN_FAILURES) == 0) {
                    keep.add(ticket);
                }
            }
            stranded += queue.getTickets().size() - keep.size();
            queue.setTickets(keep);
        }
        return stranded;
    }

    /**
     * Puts back every ticket the solver left outside the queues, at the end of its original technician's queue.
     * The construction phase leaves tickets out when the time limit ends it before it has placed them all.
     *
     * @return how many tickets were put back
     */
    public static int restoreUnplaced(RebalanceSolution solution) {
        Set<QueuedTicket> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<TechnicianId, TechnicianQueue> queues = new HashMap<>();
        for (TechnicianQueue queue : solution.getQueues()) {
            placed.addAll(queue.getTickets());
            queues.put(queue.technicianId(), queue);
        }
        int restored = 0;
        for (QueuedTicket ticket : solution.getTickets()) {
            if (!placed.contains(ticket)) {
                queues.get(ticket.originalTechnician()).getTickets().add(ticket);
                restored++;
            }
        }
        return restored;
    }

    private static Map<TicketId, TicketContext> byId(List<TicketContext> tickets) {
        Map<TicketId, TicketContext> result = new LinkedHashMap<>();
        for (TicketContext ticket : tickets) {
            if (result.put(ticket.ticket().id(), ticket) != null) {
                throw new IllegalArgumentException(String.format(
                        "Ticket (%s) is given twice. Pass each ticket's context once.", ticket.ticket().id()));
            }
        }
        return result;
    }

    private static TicketContext take(Map<TicketId, TicketContext> contexts, OpenWork work, RosterEntry entry) {
        TicketContext context = contexts.remove(work.ticket());
        if (context == null) {
            throw new IllegalArgumentException(String.format(
                    "Unstarted ticket (%s) in the queue of technician (%s) has no ticket context, or sits in two"
                            + " queues. Pass one TicketContext for every unstarted ticket in the roster.",
                    work.ticket(), entry.technician().id()));
        }
        return context;
    }
}
