package com.techroute.adapters.teams;

import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.FactorContribution;
import com.techroute.engine.decision.FactorName;
import com.techroute.engine.decision.RunnerUp;
import com.techroute.engine.decision.Shortfall;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Decisions and notices for card tests, built by hand so each number on a card is known. */
final class CardFixtures {

    static final Instant NOW = Instant.parse("2024-03-04T10:00:00Z");
    static final URI OVERRIDE = URI.create("https://techroute.example.net/api/override/msp-north/T-100?token=abc.def");

    private CardFixtures() {
    }

    static Ticket ticket(String summary) {
        return TicketBuilder.ticket("T-100").withClient("client-gold").withSummary(summary).build();
    }

    static Decision assigned() {
        List<FactorContribution> contributions = List.of(
                new FactorContribution(FactorName.SKILL_FIT, 0.8, 2.0, 1.6),
                new FactorContribution(FactorName.WORKLOAD_HEADROOM, 0.5, 1.0, 0.5),
                new FactorContribution(FactorName.SLA_URGENCY, 0.9, 1.0, 0.9),
                new FactorContribution(FactorName.CLIENT_TIER, 0.75, 0.4, 0.3),
                new FactorContribution(FactorName.AFFINITY, 0.0, 0.5, 0.0));
        return new Decision(TicketId.of("T-100"), TechnicianId.of("tech-ann"), 3.3,
                Instant.parse("2024-03-04T10:30:00Z"), contributions,
                new RunnerUp(TechnicianId.of("tech-bob"), 2.9, 0.4),
                Map.of(ExclusionReason.MISSING_SKILL, 2, ExclusionReason.OFF_SHIFT, 1), 5, 2,
                new SlaDeadlines(Instant.parse("2024-03-04T11:00:00Z"), Instant.parse("2024-03-04T18:00:00Z")),
                List.of(new SkillRequirement("exchange", 3)), List.of(), NOW);
    }

    static Decision unassigned() {
        List<Shortfall> closest = List.of(
                new Shortfall(TechnicianId.of("tech-bob"),
                        List.of(new Exclusion(ExclusionReason.MISSING_SKILL, "exchange level 2, needs level 3"))),
                new Shortfall(TechnicianId.of("tech-cy"), List.of(new Exclusion(ExclusionReason.OFF_SHIFT, ""))));
        return new Decision(TicketId.of("T-100"), null, 0.0, null, List.of(), null,
                Map.of(ExclusionReason.MISSING_SKILL, 1, ExclusionReason.OFF_SHIFT, 1), 2, 0,
                new SlaDeadlines(Instant.parse("2024-03-04T11:00:00Z"), Instant.parse("2024-03-04T18:00:00Z")),
                List.of(new SkillRequirement("exchange", 3)), closest, NOW);
    }

    static AssignmentNotice notice(String summary, URI overrideUrl) {
        return new AssignmentNotice(Tenants.TENANT_A, ticket(summary), "Gold Client Ltd", "Ann Archer", assigned(),
                "Bob Baker", overrideUrl);
    }
}
