package com.techroute.rebalancer;

import com.techroute.engine.domain.TechnicianId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a rebalance: which tickets change technician, the new queues, and the score before and
 * after.
 *
 * @param moves tickets that change technician, largest gain in their own factor score first; reordering
 *     within a queue is not a move and shows only in {@code queues}
 * @param queues every technician's queue after the rebalance, by technician id
 * @param scoreBefore score of the queues as they were
 * @param scoreAfter score of the planned queues; never worse than {@code scoreBefore}
 * @param solverTime wall-clock time the solver spent
 */
public record RebalancePlan(List<Move> moves, List<PlannedQueue> queues, PlanScore scoreBefore,
        PlanScore scoreAfter, Duration solverTime) {

    public RebalancePlan {
        moves = List.copyOf(moves);
        queues = List.copyOf(queues);
    }

    /** Returns the planned queue of a technician, empty when the technician was not in the roster. */
    public Optional<PlannedQueue> queueOf(TechnicianId technician) {
        return queues.stream().filter(queue -> queue.technician().equals(technician)).findFirst();
    }
}
