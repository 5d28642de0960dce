package com.techroute.rebalancer;

import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.FactorContribution;
import com.techroute.engine.decision.FactorName;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.workload.OpenWork;
import com.techroute.rebalancer.domain.QueuedTicket;
import com.techroute.rebalancer.domain.RebalanceSolution;
import com.techroute.rebalancer.domain.TechnicianQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a solved rebalance into a plan, explaining each move against the ticket's place before. */
final class PlanBuilder {

    /** Factor changes smaller than this, in factor-score points, are rounding noise and not reported. */
    private static final double NEGLIGIBLE = 1e-9;

    private PlanBuilder() {
    }

    /** Captures every ticket's place before solving, while the solution still contains the original queues. */
    static Map<TicketId, Placement> placements(RebalanceSolution solution) {
        Map<TicketId, Placement> result = new HashMap<>();
        for (QueuedTicket ticket : solution.getTickets()) {
            result.put(ticket.ticket().ticket().id(), Placement.of(ticket));
        }
        return result;
    }

    static RebalancePlan build(Map<TicketId, Placement> before, RebalanceSolution solved, PlanScore scoreBefore,
            PlanScore scoreAfter, Duration solverTime) {
        List<Move> moves = new ArrayList<>();
        List<PlannedQueue> queues = new ArrayList<>();
        for (TechnicianQueue queue : solved.getQueues()) {
            List<TicketId> unstarted = new ArrayList<>();
            for (QueuedTicket ticket : queue.getTickets()) {
                TicketId id = ticket.ticket().ticket().id();
                unstarted.add(id);
                if (ticket.moved()) {
                    moves.add(move(id, before.get(id), Placement.of(ticket)));
                }
            }
            List<TicketId> started = queue.startedWork().stream().map(OpenWork::ticket).toList();
            queues.add(new PlannedQueue(queue.technicianId(), started, unstarted));
        }
        moves.sort(Comparator.comparingDouble(Move::scoreChange).reversed().thenComparing(Move::ticket));
        return new RebalancePlan(moves, queues, scoreBefore, scoreAfter, solverTime);
    }

    private static Move move(TicketId ticket, Placement from, Placement to) {
        return new Move(ticket, from.technician(), to.technician(), to.position(), factorChanges(from, to),
                fixes(from, to));
    }

    /** Returns every factor whose contribution changed, largest change first. */
    static List<FactorChange> factorChanges(Placement from, Placement to) {
        Map<FactorName, Double> after = new EnumMap<>(FactorName.class);
        for (FactorContribution contribution : to.contributions()) {
            after.put(contribution.factor(), contribution.contribution());
        }
        List<FactorChange> changes = new ArrayList<>();
        for (FactorContribution contribution : from.contributions()) {
            FactorChange change = new FactorChange(contribution.factor(), contribution.contribution(),
                    after.getOrDefault(contribution.factor(), 0.0));
            if (Math.abs(change.delta()) > NEGLIGIBLE) {
                changes.add(change);
            }
        }
        changes.sort(Comparator.comparingDouble((FactorChange change) -> Math.abs(change.delta())).reversed());
        return changes;
    }

    /** Returns the hard constraints failed before and passed after. */
    static List<Exclusion> fixes(Placement from, Placement to) {
        Set<ExclusionReason> stillFailed = EnumSet.noneOf(ExclusionReason.class);
        to.failures().forEach(failure -> stillFailed.add(failure.reason()));
        return from.failures().stream().filter(failure -> !stillFailed.contains(failure.reason())).toList();
    }
}
