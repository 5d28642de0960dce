package com.techroute.engine.decision;

import com.techroute.engine.decision.factor.Factors;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.tenant.TenantProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores every technician of a tenant for one ticket and picks the best: the online decision.
 *
 * <p>Technicians who fail a hard constraint are excluded and counted by reason. The eligible ones are
 * scored by the weighted soft factors with the ticket placed at the end of their queue; ties go to the
 * lowest technician id, so the same input always gives the same choice. Thread-safe.
 */
public final class DecisionEngine {

    private final TenantProfile profile;

    public DecisionEngine(TenantProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile must not be null");
    }

    public TenantProfile profile() {
        return profile;
    }

    /**
     * Decides who takes a ticket.
     *
     * @throws com.techroute.engine.tenant.UnknownReferenceException when the client's tier is unknown
     */
    public Decision decide(Ticket ticket, Client client, Roster roster, Instant now) {
        return decide(TicketContext.of(profile, ticket, client), roster, now);
    }

    /** Decides who takes a ticket whose context is already worked out. */
    public Decision decide(TicketContext ticket, Roster roster, Instant now) {
        List<RosterEntry> entries = roster.entries();
        int[] failures = new int[entries.size()];
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Candidate second = null;
        double secondScore = Double.NEGATIVE_INFINITY;
        int eligible = 0;
        for (int i = 0; i < entries.size(); i++) {
            RosterEntry entry = entries.get(i);
            failures[i] = HardConstraints.failures(ticket, entry, entry.openEffort(), now);
            if (failures[i] != 0) {
                continue;
            }
            eligible++;
            Candidate candidate = candidate(ticket, entry, Duration.ZERO, 0, now);
            double score = Factors.score(candidate, profile.weights());
            if (score > bestScore) {
                second = best;
                secondScore = bestScore;
                best = candidate;
                bestScore = score;
            } else if (score > secondScore) {
                second = candidate;
                secondScore = score;
            }
        }
        Map<ExclusionReason, Integer> exclusionCounts = Explanations.exclusionCounts(failures);
        if (best == null) {
            return Explanations.unassigned(ticket, roster, failures, exclusionCounts, null, now);
        }
        RunnerUp runnerUp = second == null ? null
                : new RunnerUp(second.technician().id(), secondScore, bestScore - secondScore);
        return Explanations.assigned(best, profile.weights(), runnerUp, exclusionCounts, entries.size(), eligible);
    }

    /**
     * Builds the candidate of a technician with {@code extraEffort} of batch work placed ahead of the
     * ticket in their queue.
     */
    public Candidate candidate(TicketContext ticket, RosterEntry entry, Duration extraEffort, int extraCount,
            Instant now) {
        Duration ahead = entry.openEffort().plus(extraEffort);
        Instant start = entry.startAfter(now, ahead);
        return new Candidate(ticket, entry, ahead, extraCount, start, now);
    }
}
