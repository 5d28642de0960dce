package com.techroute.engine.decision;

import static com.techroute.engine.decision.Scenario.ACME;
import static com.techroute.engine.decision.Scenario.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TimeOff;
import com.techroute.engine.workload.TechnicianLoad;
import com.techroute.engine.workload.WorkloadSnapshot;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionEngineTest {

    private static final Ticket EXCHANGE_TICKET =
            Scenario.ticket("T-1", ACME, Priority.P2_HIGH, 2, new SkillRequirement("exchange", 3));

    private static Decision decide(Ticket ticket, List<Technician> technicians, Map<TechnicianId, TechnicianLoad> loads) {
        Roster roster = Roster.of(technicians, new WorkloadSnapshot(loads), NOW);
        return new DecisionEngine(Scenario.profile()).decide(ticket, ACME, roster, NOW);
    }

    private static Decision decide(Ticket ticket, List<Technician> technicians) {
        return decide(ticket, technicians, Map.of());
    }

    @Test
    void decidePicksHighestScore() {
        Technician senior = Scenario.technician("senior", Map.of("exchange", 5), 40);
        Technician junior = Scenario.technician("junior", Map.of("exchange", 3), 40);

        Decision decision = decide(EXCHANGE_TICKET, List.of(junior, senior));

        assertThat(decision.technician()).isEqualTo(senior.id());
        assertThat(decision.runnerUp().technician()).isEqualTo(junior.id());
        // Skill fit alone differs: (1 - 1/3) * weight 3.
        assertThat(decision.runnerUp().margin()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(decision.eligible()).isEqualTo(2);
    }

    @Test
    void decideExcludesMissingSkill() {
        Technician lacksSkill = Scenario.technician("a-network", Map.of("networking", 5), 40);
        Technician tooLow = Scenario.technician("b-low", Map.of("exchange", 2), 40);
        Technician fits = Scenario.technician("c-fits", Map.of("exchange", 3), 40);

        Decision decision = decide(EXCHANGE_TICKET, List.of(lacksSkill, tooLow, fits));

        assertThat(decision.technician()).isEqualTo(fits.id());
        assertThat(decision.exclusionCounts()).containsEntry(ExclusionReason.MISSING_SKILL, 2);
    }

    @Test
    void decideExcludesTechnicianOffShiftUntilAfterRespondBy() {
        // Respond-by is 12:00 on Monday; this technician works Tuesdays only.
        Technician tuesdays = Scenario.withShifts(Scenario.technician("tuesdays", Map.of("exchange", 5), 40),
                List.of(WeeklyWindow.parse("TUE 09:00-17:00")));
        Technician fits = Scenario.technician("fits", Map.of("exchange", 3), 40);

        Decision decision = decide(EXCHANGE_TICKET, List.of(tuesdays, fits));

        assertThat(decision.technician()).isEqualTo(fits.id());
        assertThat(decision.exclusionCounts()).containsEntry(ExclusionReason.OFF_SHIFT, 1);
    }

    @Test
    void decideAcceptsShiftStartingBeforeRespondBy() {
        // Monday 10:00 now; the shift starts at 11:00, before the 12:00 respond-by.
        Technician later = Scenario.withShifts(Scenario.technician("later", Map.of("exchange", 5), 40),
                List.of(WeeklyWindow.parse("MON 11:00-19:00")));

        Decision decision = decide(EXCHANGE_TICKET, List.of(later));

        assertThat(decision.technician()).isEqualTo(later.id());
        assertThat(decision.expectedStart()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void decideAcceptsNightShiftAfterMidnight() {
        // Sunday 22:00 to Monday 06:00; the ticket arrives Monday 02:00.
        Technician night = Scenario.withShifts(Scenario.technician("night", Map.of("exchange", 4), 40),
                List.of(WeeklyWindow.parse("SUN 22:00-06:00")));
        java.time.Instant twoAm = java.time.Instant.parse("2026-12-07T02:00:00Z");
        Ticket ticket = new Ticket(EXCHANGE_TICKET.id(), ACME.id(), "", EXCHANGE_TICKET.category(), Priority.P2_HIGH,
                EXCHANGE_TICKET.requiredSkills(), Duration.ofHours(2), twoAm, null);
        Roster roster = Roster.of(List.of(night), WorkloadSnapshot.EMPTY, twoAm);

        Decision decision = new DecisionEngine(Scenario.profile()).decide(ticket, ACME, roster, twoAm);

        assertThat(decision.technician()).isEqualTo(night.id());
        assertThat(decision.expectedStart()).isEqualTo(twoAm);
    }

    @Test
    void decideExcludesTechnicianOnTimeOff() {
        Technician away = Scenario.withTimeOff(Scenario.technician("away", Map.of("exchange", 5), 40),
                new TimeOff(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)), "leave"));
        Technician fits = Scenario.technician("fits", Map.of("exchange", 3), 40);

        Decision decision = decide(EXCHANGE_TICKET, List.of(away, fits));

        assertThat(decision.technician()).isEqualTo(fits.id());
        assertThat(decision.exclusionCounts()).containsEntry(ExclusionReason.TIME_OFF, 1);
    }

    @Test
    void decideExcludesTechnicianOverCapacity() {
        Technician busy = Scenario.technician("busy", Map.of("exchange", 5), 8);
        Technician fits = Scenario.technician("fits", Map.of("exchange", 3), 40);
        Map<TechnicianId, TechnicianLoad> loads = new HashMap<>();
        loads.put(busy.id(), Scenario.load(busy, 7, Map.of(), 0));

        Decision decision = decide(EXCHANGE_TICKET, List.of(busy, fits), loads);

        assertThat(decision.technician()).isEqualTo(fits.id());
        assertThat(decision.exclusionCounts()).containsEntry(ExclusionReason.OVER_CAPACITY, 1);
    }

    @Test
    void decideExcludesInactiveTechnician() {
        Technician gone = Scenario.inactive(Scenario.technician("gone", Map.of("exchange", 5), 40));
        Technician fits = Scenario.technician("fits", Map.of("exchange", 3), 40);

        Decision decision = decide(EXCHANGE_TICKET, List.of(gone, fits));

        assertThat(decision.technician()).isEqualTo(fits.id());
        assertThat(decision.exclusionCounts()).containsEntry(ExclusionReason.INACTIVE, 1);
    }

    @Test
    void unassignableTicketListsClosestCandidatesWithWhatTheyLack() {
        Technician nearMiss = Scenario.technician("near-miss", Map.of("exchange", 2), 40);
        Technician farMiss = Scenario.technician("far-miss", Map.of("linux", 5), 40);
        Technician away = Scenario.withTimeOff(Scenario.technician("away", Map.of("exchange", 1), 40),
                new TimeOff(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)), "leave"));

        Decision decision = decide(EXCHANGE_TICKET, List.of(away, farMiss, nearMiss));

        assertThat(decision.assigned()).isFalse();
        assertThat(decision.exclusionCounts()).containsEntry(ExclusionReason.MISSING_SKILL, 3)
                .containsEntry(ExclusionReason.TIME_OFF, 1);
        assertThat(decision.closestCandidates()).extracting(Shortfall::technician)
                .containsExactly(nearMiss.id(), farMiss.id(), away.id());
        assertThat(decision.closestCandidates().get(0).failures()).singleElement()
                .satisfies(failure -> assertThat(failure.detail()).isEqualTo("exchange level 2, needs level 3"));
        assertThat(decision.closestCandidates().get(1).failures().get(0).detail())
                .isEqualTo("lacks exchange, needs level 3");
    }

    @Test
    void tiesGoToLowestTechnicianId() {
        Technician b = Scenario.technician("b-twin", Map.of("exchange", 4), 40);
        Technician a = Scenario.technician("a-twin", Map.of("exchange", 4), 40);

        Decision decision = decide(EXCHANGE_TICKET, List.of(b, a));

        assertThat(decision.technician()).isEqualTo(a.id());
        assertThat(decision.runnerUp().margin()).isZero();
    }

    @Test
    void raisingWorkloadWeightPrefersIdleTechnician() {
        Technician expertBusy = Scenario.technician("expert", Map.of("exchange", 5), 40);
        Technician idle = Scenario.technician("idle", Map.of("exchange", 4), 40);
        Map<TechnicianId, TechnicianLoad> loads = Map.of(expertBusy.id(), Scenario.load(expertBusy, 1, Map.of(), 0));
        Ticket lowPriority = Scenario.ticket("T-9", ACME, Priority.P4_LOW, 1, new SkillRequirement("exchange", 3));
        Roster roster = Roster.of(List.of(expertBusy, idle), new WorkloadSnapshot(loads), NOW);
        DecisionEngine defaults = new DecisionEngine(Scenario.profile());
        DecisionEngine loadAverse = new DecisionEngine(Scenario.profile()
                .withWeights(Scenario.profile().weights().with(FactorName.WORKLOAD_HEADROOM, 40)));

        assertThat(defaults.decide(lowPriority, ACME, roster, NOW).technician()).isEqualTo(expertBusy.id());
        assertThat(loadAverse.decide(lowPriority, ACME, roster, NOW).technician()).isEqualTo(idle.id());
    }
}
