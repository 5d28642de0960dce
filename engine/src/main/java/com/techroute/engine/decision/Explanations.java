package com.techroute.engine.decision;

import com.techroute.engine.decision.factor.Factors;
import com.techroute.engine.domain.SkillRequirement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds decisions with their explanations, for assigned and for unassignable tickets. */
public final class Explanations {

    /** How many of the closest technicians an unassignable ticket lists. */
    public static final int CLOSEST_CANDIDATES = 3;

    private static final ExclusionReason[] REASONS = ExclusionReason.values();

    private Explanations() {
    }

    /** Builds the decision for a chosen candidate, with each factor's contribution. */
    public static Decision assigned(Candidate chosen, FactorWeights weights, RunnerUp runnerUp,
            Map<ExclusionReason, Integer> exclusionCounts, int considered, int eligible) {
        List<FactorContribution> contributions = Factors.contributions(chosen, weights);
        double score = contributions.stream().mapToDouble(FactorContribution::contribution).sum();
        TicketContext ticket = chosen.ticket();
        return new Decision(ticket.ticket().id(), chosen.technician().id(), score, chosen.expectedStart(),
                contributions, runnerUp, exclusionCounts, considered, eligible, ticket.deadlines(),
                ticket.requirements(), List.of(), chosen.now());
    }

    /**
     * Builds the decision for a ticket nobody can take, with the closest technicians and what each lacks.
     *
     * @param failures failed-constraint bits per roster entry
     * @param extraEffort work placed ahead in each roster entry's queue by the same batch, or null for none
     */
    public static Decision unassigned(TicketContext ticket, Roster roster, int[] failures,
            Map<ExclusionReason, Integer> exclusionCounts, Duration[] extraEffort, Instant now) {
        List<RosterEntry> entries = roster.entries();
        int[] gaps = new int[failures.length];
        List<Integer> order = new ArrayList<>(failures.length);
        for (int i = 0; i < failures.length; i++) {
            gaps[i] = skillGap(ticket, entries.get(i));
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> Integer.bitCount(failures[i]))
                .thenComparingInt(i -> gaps[i])
                .thenComparingInt(i -> i));
        List<Shortfall> closest = new ArrayList<>();
        for (int i : order.subList(0, Math.min(CLOSEST_CANDIDATES, order.size()))) {
            RosterEntry entry = entries.get(i);
            Duration ahead = extraEffort == null ? entry.openEffort() : entry.openEffort().plus(extraEffort[i]);
            closest.add(new Shortfall(entry.technician().id(), HardConstraints.describe(ticket, entry, ahead, now)));
        }
        return new Decision(ticket.ticket().id(), null, 0.0, null, List.of(), null, exclusionCounts,
                entries.size(), 0, ticket.deadlines(), ticket.requirements(), closest, now);
    }

    /** Counts, per reason, the technicians whose failure bits include it. */
    public static Map<ExclusionReason, Integer> exclusionCounts(int[] failures) {
        int[] counts = new int[REASONS.length];
        for (int failed : failures) {
            while (failed != 0) {
                int ordinal = Integer.numberOfTrailingZeros(failed);
                counts[ordinal]++;
                failed &= failed - 1;
            }
        }
        Map<ExclusionReason, Integer> result = new EnumMap<>(ExclusionReason.class);
        for (ExclusionReason reason : REASONS) {
            if (counts[reason.ordinal()] > 0) {
                result.put(reason, counts[reason.ordinal()]);
            }
        }
        return result;
    }

    /** Returns the sum of missing skill levels, 0 when the technician meets every minimum. */
    static int skillGap(TicketContext ticket, RosterEntry entry) {
        int gap = 0;
        for (SkillRequirement requirement : ticket.requirements()) {
            gap += Math.max(0, requirement.minLevel() - entry.technician().skillLevel(requirement.skill()));
        }
        return gap;
    }
}
