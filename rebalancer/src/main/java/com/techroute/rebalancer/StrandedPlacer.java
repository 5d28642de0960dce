package com.techroute.rebalancer;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.factor.Factors;
import com.techroute.rebalancer.domain.QueuedTicket;
import com.techroute.rebalancer.domain.RebalanceSolution;
import com.techroute.rebalancer.domain.TechnicianQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Places stranded tickets before the solver starts: each goes to the end of the queue where it passes every
 * hard constraint and has the best factor score there. One pass over the queues per ticket, so it takes
 * milliseconds where Timefold's construction heuristic, which tries every position of every queue, took
 * seconds on 2,000 tickets. Local search then moves the tickets forward where that pays.
 */
final class StrandedPlacer {

    private StrandedPlacer() {
    }

    /**
     * Places every ticket of the solution that is in no queue and fits at the end of some queue.
     *
     * @return how many tickets were left out, for the construction heuristic to insert
     */
    static int placeAtQueueEnds(RebalanceSolution solution) {
        Set<QueuedTicket> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        solution.getQueues().forEach(queue -> placed.addAll(queue.getTickets()));
        int left = 0;
        for (QueuedTicket ticket : solution.getTickets()) {
            if (placed.contains(ticket)) {
                continue;
            }
            TechnicianQueue best = bestQueueEnd(solution, ticket);
            if (best == null) {
                left++;
            } else {
                best.getTickets().add(ticket);
            }
        }
        return left;
    }

    private static TechnicianQueue bestQueueEnd(RebalanceSolution solution, QueuedTicket ticket) {
        TechnicianQueue best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (TechnicianQueue queue : solution.getQueues()) {
            Duration ahead = queue.startedEffort();
            for (QueuedTicket queued : queue.getTickets()) {
                ahead = ahead.plus(queued.effort());
            }
            Instant now = queue.now();
            if (HardConstraints.failures(ticket.ticket(), queue.entry(), ahead, now) != 0) {
                continue;
            }
            Candidate candidate = new Candidate(ticket.ticket(), queue.entry(), ahead, queue.getTickets().size(),
                    queue.startAfter(ahead), now);
            double score = Factors.score(candidate, queue.context().weights());
            if (score > bestScore) {
                best = queue;
                bestScore = score;
            }
        }
        return best;
    }
}
