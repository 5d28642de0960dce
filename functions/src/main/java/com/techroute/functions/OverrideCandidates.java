package com.techroute.functions;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.RosterEntry;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.decision.factor.Factors;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.WorkloadSnapshot;
import com.techroute.engine.workload.Workloads;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Scores every technician of a tenant for a ticket that is already assigned, as the override page shows
 * them: the ticket's own assignment is left out of the workload, so its current technician is scored as
 * if the ticket were new to them too.
 */
final class OverrideCandidates {

    private OverrideCandidates() {
    }

    /**
     * One technician as the override page lists them.
     *
     * @param id technician id
     * @param name display name
     * @param eligible whether the technician passes every hard constraint
     * @param score factor score, or 0 when not eligible
     * @param expectedStart when they would start the ticket, or null when not eligible
     * @param failures the hard constraints they fail, in words; empty when eligible
     */
    record CandidateView(TechnicianId id, String name, boolean eligible, double score, Instant expectedStart,
            String failures) {
    }

    /** Scores every technician for the ticket, eligible ones first by score, then the rest by id. */
    static List<CandidateView> score(TenantStore store, TenantProfile profile, Ticket ticket, Client client,
            Assignment current, Instant now) {
        TicketContext context = TicketContext.of(profile, ticket, client);
        DecisionEngine engine = new DecisionEngine(profile);
        List<CandidateView> views = new ArrayList<>();
        for (RosterEntry entry : roster(store, current, now).entries()) {
            int failed = HardConstraints.failures(context, entry, entry.openEffort(), now);
            if (failed == 0) {
                Candidate candidate = engine.candidate(context, entry, Duration.ZERO, 0, now);
                views.add(new CandidateView(entry.technician().id(), entry.technician().name(), true,
                        Factors.score(candidate, profile.weights()), candidate.expectedStart(), ""));
            } else {
                List<Exclusion> failures = HardConstraints.describe(context, entry, entry.openEffort(), now);
                views.add(new CandidateView(entry.technician().id(), entry.technician().name(), false, 0.0, null,
                        failures.stream().map(OverrideCandidates::words).collect(Collectors.joining("; "))));
            }
        }
        views.sort(Comparator.comparing(CandidateView::eligible).reversed()
                .thenComparing(Comparator.comparingDouble(CandidateView::score).reversed())
                .thenComparing(CandidateView::id));
        return views;
    }

    /** Builds the tenant's roster at {@code now} without the ticket's current assignment. */
    static Roster roster(TenantStore store, Assignment current, Instant now) {
        TenantId tenant = current.tenant();
        List<Assignment> open = store.openAssignments(tenant).stream()
                .filter(assignment -> !assignment.ticket().equals(current.ticket())).toList();
        List<Assignment> recent = store.assignmentsSince(tenant, now.minus(Workloads.AFFINITY_WINDOW)).stream()
                .filter(assignment -> !assignment.ticket().equals(current.ticket())).toList();
        WorkloadSnapshot workload = Workloads.derive(open, recent, now);
        return Roster.of(store.technicians(tenant), workload, now);
    }

    private static String words(Exclusion exclusion) {
        String reason = exclusion.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return exclusion.detail().isEmpty() ? reason : reason + " (" + exclusion.detail() + ")";
    }
}
