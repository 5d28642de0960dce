package com.techroute.engine.batch;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.Explanations;
import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.RosterEntry;
import com.techroute.engine.decision.RunnerUp;
import com.techroute.engine.decision.TicketContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns a solved slot problem into decisions, recomputed with the real work placed ahead of each ticket. */
final class BatchExplanations {

    private BatchExplanations() {
    }

    static List<Decision> decisions(DecisionEngine engine, SlotProblem problem, int[] columnOfTicket, Roster roster,
            Instant now) {
        List<TicketContext> tickets = problem.tickets();
        List<RosterEntry> entries = roster.entries();
        List<List<Integer>> queues = BatchAssigner.lists(entries.size());
        for (int t = 0; t < tickets.size(); t++) {
            int column = columnOfTicket[t];
            if (column < problem.slotColumns()) {
                queues.get(problem.columnEntry()[column]).add(t);
            }
        }
        Decision[] decisions = new Decision[tickets.size()];
        Duration[] placed = new Duration[entries.size()];
        Arrays.fill(placed, Duration.ZERO);
        for (int e = 0; e < entries.size(); e++) {
            List<Integer> queue = queues.get(e);
            queue.sort(Comparator.comparingInt(t -> problem.columnSlot()[columnOfTicket[t]]));
            for (int position = 0; position < queue.size(); position++) {
                int t = queue.get(position);
                decisions[t] = assigned(engine, problem, t, entries.get(e), e, placed[e], position, roster, now);
                placed[e] = placed[e].plus(tickets.get(t).ticket().effort());
            }
        }
        for (int t = 0; t < tickets.size(); t++) {
            if (decisions[t] == null) {
                decisions[t] = unassigned(problem, t, roster, placed, now);
            }
        }
        return List.of(decisions);
    }

    private static Decision assigned(DecisionEngine engine, SlotProblem problem, int t, RosterEntry entry,
            int entryIndex, Duration placedAhead, int position, Roster roster, Instant now) {
        TicketContext ticket = problem.tickets().get(t);
        Candidate chosen = engine.candidate(ticket, entry, placedAhead, position, now);
        double chosenScore = -BatchAssigner.cost(chosen, engine);
        RunnerUp runnerUp = runnerUp(problem, t, entryIndex, roster, chosenScore);
        int[] failures = problem.failures()[t];
        Map<ExclusionReason, Integer> counts = Explanations.exclusionCounts(failures);
        int eligible = (int) Arrays.stream(failures).filter(failed -> failed == 0).count();
        return Explanations.assigned(chosen, engine.profile().weights(), runnerUp, counts, failures.length, eligible);
    }

    /** Returns the best other shortlisted technician at slot 0; the margin is negative when the batch gave
     * the ticket a technician who scores lower alone, to serve another ticket better. */
    private static RunnerUp runnerUp(SlotProblem problem, int t, int chosenEntry, Roster roster, double chosenScore) {
        int[] shortlist = problem.shortlists()[t];
        for (int i = 0; i < shortlist.length; i++) {
            if (shortlist[i] != chosenEntry) {
                double score = problem.shortlistScores()[t][i];
                return new RunnerUp(roster.entries().get(shortlist[i]).technician().id(), score, chosenScore - score);
            }
        }
        return null;
    }

    private static Decision unassigned(SlotProblem problem, int t, Roster roster, Duration[] placed, Instant now) {
        TicketContext ticket = problem.tickets().get(t);
        List<RosterEntry> entries = roster.entries();
        int[] failures = new int[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
            RosterEntry entry = entries.get(e);
            failures[e] = HardConstraints.failures(ticket, entry, entry.openEffort().plus(placed[e]), now);
        }
        return Explanations.unassigned(ticket, roster, failures, Explanations.exclusionCounts(failures), placed, now);
    }
}
