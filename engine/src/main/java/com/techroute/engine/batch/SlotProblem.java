package com.techroute.engine.batch;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.RosterEntry;
import com.techroute.engine.decision.TicketContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cost matrix of a batch: one row per ticket; one column per (technician, queue slot) on some
 * ticket's shortlist, then one "unassigned" column per ticket.
 *
 * @param tickets the batch
 * @param failures failed-constraint bits at slot 0, per ticket and roster entry
 * @param shortlists per ticket, roster indices of its best eligible technicians at slot 0, best first
 * @param shortlistScores per ticket, the slot-0 scores of its shortlist, in the same order
 * @param columnEntry roster index of each slot column
 * @param columnSlot queue slot of each slot column
 * @param costs the cost matrix, {@code tickets × (slot columns + tickets)}
 */
record SlotProblem(List<TicketContext> tickets, int[][] failures, int[][] shortlists, double[][] shortlistScores,
        int[] columnEntry, int[] columnSlot, double[][] costs) {

    int slotColumns() {
        return columnEntry.length;
    }

    static SlotProblem build(DecisionEngine engine, List<TicketContext> tickets, Roster roster, Duration slotEffort,
            Instant now) {
        int ticketCount = tickets.size();
        List<RosterEntry> entries = roster.entries();
        int[][] failures = new int[ticketCount][];
        int[][] shortlists = new int[ticketCount][];
        double[][] scores = new double[ticketCount][];
        int[] listings = new int[entries.size()];
        for (int t = 0; t < ticketCount; t++) {
            failures[t] = new int[entries.size()];
            shortlist(engine, tickets.get(t), entries, now, failures[t], ticketCount, t, shortlists, scores);
            for (int entry : shortlists[t]) {
                listings[entry]++;
            }
        }
        List<int[]> columns = new ArrayList<>();
        int[] firstColumn = new int[entries.size()];
        for (int e = 0; e < entries.size(); e++) {
            firstColumn[e] = columns.size();
            for (int slot = 0; slot < listings[e]; slot++) {
                columns.add(new int[] {e, slot});
            }
        }
        int[] columnEntry = columns.stream().mapToInt(column -> column[0]).toArray();
        int[] columnSlot = columns.stream().mapToInt(column -> column[1]).toArray();
        double[][] costs = new double[ticketCount][columns.size() + ticketCount];
        StartTimes starts = new StartTimes(entries, slotEffort, now);
        for (int t = 0; t < ticketCount; t++) {
            Arrays.fill(costs[t], BatchAssigner.FORBIDDEN_COST);
            costs[t][columns.size() + t] = BatchAssigner.UNASSIGNED_COST;
            for (int e : shortlists[t]) {
                fillSlots(engine, tickets.get(t), entries.get(e), e, listings[e], firstColumn[e], slotEffort, starts,
                        costs[t], now);
            }
        }
        return new SlotProblem(tickets, failures, shortlists, scores, columnEntry, columnSlot, costs);
    }

    /** Scores every technician at slot 0 and keeps the best {@code size} eligible ones. */
    private static void shortlist(DecisionEngine engine, TicketContext ticket, List<RosterEntry> entries, Instant now,
            int[] failures, int size, int row, int[][] shortlists, double[][] scores) {
        BestScores best = new BestScores(size);
        for (int e = 0; e < entries.size(); e++) {
            RosterEntry entry = entries.get(e);
            failures[e] = HardConstraints.failures(ticket, entry, entry.openEffort(), now);
            if (failures[e] == 0) {
                Candidate candidate = engine.candidate(ticket, entry, Duration.ZERO, 0, now);
                best.offer(-BatchAssigner.cost(candidate, engine), e);
            }
        }
        best.sortBestFirst();
        shortlists[row] = best.entries();
        scores[row] = best.scores();
    }

    private static void fillSlots(DecisionEngine engine, TicketContext ticket, RosterEntry entry, int entryIndex,
            int slots, int firstColumn, Duration slotEffort, StartTimes starts, double[] costRow, Instant now) {
        for (int slot = 0; slot < slots; slot++) {
            Duration extra = slotEffort.multipliedBy(slot);
            Duration ahead = entry.openEffort().plus(extra);
            if (ahead.plus(ticket.ticket().effort()).compareTo(entry.technician().capacity()) > 0) {
                break;
            }
            Instant start = starts.of(entryIndex, slot);
            if (start == null) {
                break;
            }
            Candidate candidate = new Candidate(ticket, entry, ahead, slot, start, now);
            costRow[firstColumn + slot] = BatchAssigner.cost(candidate, engine);
        }
    }

    /** Expected start per roster entry and slot, computed once and shared by all tickets. */
    private static final class StartTimes {
        private final List<RosterEntry> entries;
        private final Duration slotEffort;
        private final Instant now;
        private final Instant[][] cache;

        StartTimes(List<RosterEntry> entries, Duration slotEffort, Instant now) {
            this.entries = entries;
            this.slotEffort = slotEffort;
            this.now = now;
            this.cache = new Instant[entries.size()][];
        }

        Instant of(int entryIndex, int slot) {
            Instant[] row = cache[entryIndex];
            if (row == null || row.length <= slot) {
                row = row == null ? new Instant[slot + 1] : Arrays.copyOf(row, slot + 1);
                cache[entryIndex] = row;
            }
            if (row[slot] == null) {
                RosterEntry entry = entries.get(entryIndex);
                try {
                    row[slot] = entry.startAfter(now, entry.openEffort().plus(slotEffort.multipliedBy(slot)));
                } catch (IllegalStateException noRoom) {
                    return null;
                }
            }
            return row[slot];
        }
    }
}
