package com.techroute.engine.batch;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.decision.factor.Factors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assigns tickets that arrive together jointly, as an exact minimum-cost assignment of tickets to
 * technician queue slots, so the only expert is not spent on the least urgent ticket.
 *
 * <p>Slot {@code k} of a technician is the k-th batch ticket placed in their queue; its cost is minus the
 * ticket's score with the open work plus {@code k} average batch tickets ahead, so capacity and queue
 * position enter the cost. A ticket may also go to an "unassigned" column at a cost worse than any
 * feasible slot, so it is left out only when no feasible slot remains.
 *
 * <p>The problem is cut down without losing optimality: each ticket keeps only its {@code n} best
 * technicians at slot 0 (n = batch size). Because no factor improves with more work ahead, a ticket
 * placed with any other technician could move to slot 0 of one of its own n best that no other ticket
 * uses, at no higher cost.
 *
 * <p>NOTE: slots beyond the first assume the batch's average effort ahead. The explanation of each
 * decision is recomputed with the real efforts of the tickets placed before it.
 */
public final class BatchAssigner {

    /** Cost of leaving a ticket unassigned; worse than any feasible slot. */
    static final double UNASSIGNED_COST = 1.0e4;
    /** Cost of a slot a ticket may not take; worse than leaving it unassigned. */
    static final double FORBIDDEN_COST = 1.0e6;

    private final DecisionEngine engine;

    public BatchAssigner(DecisionEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine must not be null");
    }

    /**
     * Assigns a batch of tickets.
     *
     * @param tickets tickets with their context, in any order; the result does not depend on it
     * @param roster technicians and their loads at {@code now}
     * @return one decision per ticket, in the order given
     */
    public List<Decision> assign(List<TicketContext> tickets, Roster roster, Instant now) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        if (tickets.size() == 1) {
            return List.of(engine.decide(tickets.get(0), roster, now));
        }
        Duration slotEffort = averageEffort(tickets);
        SlotProblem problem = SlotProblem.build(engine, tickets, roster, slotEffort, now);
        int[] columnOfTicket = MinCostAssignment.solve(problem.costs());
        return BatchExplanations.decisions(engine, problem, columnOfTicket, roster, now);
    }

    private static Duration averageEffort(List<TicketContext> tickets) {
        long seconds = 0;
        for (TicketContext ticket : tickets) {
            seconds += ticket.ticket().effort().toSeconds();
        }
        return Duration.ofSeconds(seconds / tickets.size());
    }

    /** Returns the cost of a candidate: minus its score. */
    static double cost(Candidate candidate, DecisionEngine engine) {
        return -Factors.score(candidate, engine.profile().weights());
    }

    /** Returns a list of {@code count} empty lists. */
    static <T> List<List<T>> lists(int count) {
        List<List<T>> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(new ArrayList<>());
        }
        return result;
    }
}
