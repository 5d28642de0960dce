package com.techroute.engine.decision;

import static com.techroute.engine.decision.Scenario.ACME;
import static com.techroute.engine.decision.Scenario.BOLT;
import static com.techroute.engine.decision.Scenario.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.workload.TechnicianLoad;
import com.techroute.engine.workload.WorkloadSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One technician, one ticket, every factor worked out by hand. The technician has exchange at level 4,
 * speaks German, has 1 hour of open work out of 40, one recent Acme ticket and two assignments today.
 * The P2 Acme (gold) ticket needs exchange 3, takes 2 hours, and must be responded to within 2 hours.
 */
class FactorContributionTest {

    private static final double EPSILON = 1e-9;

    private static Decision decide(Client client, Ticket ticket) {
        Technician technician = Scenario.withLanguages(Scenario.technician("tech-1", Map.of("exchange", 4), 40),
                Set.of("en", "de"));
        TechnicianLoad load = Scenario.load(technician, 1, Map.of(ACME.id(), 1), 2);
        Roster roster = Roster.of(List.of(technician), new WorkloadSnapshot(Map.of(technician.id(), load)), NOW);
        return new DecisionEngine(Scenario.profile()).decide(ticket, client, roster, NOW);
    }

    private static Decision acmeDecision() {
        Ticket ticket = Scenario.inLanguage(
                Scenario.ticket("T-1", ACME, Priority.P2_HIGH, 2, new SkillRequirement("exchange", 3)), "de");
        return decide(ACME, ticket);
    }

    @Test
    void skillFitCountsLevelsAboveMinimum() {
        // (4 - 3 + 1) / (5 - 3 + 1) = 2/3, times weight 3.
        assertThat(acmeDecision().contributionOf(FactorName.SKILL_FIT)).isCloseTo(2.0, within(EPSILON));
    }

    @Test
    void workloadHeadroomCountsCapacityLeft() {
        // 1 - (1 h open + 2 h ticket) / 40 h = 0.925, times weight 2.
        assertThat(acmeDecision().contributionOf(FactorName.WORKLOAD_HEADROOM)).isCloseTo(1.85, within(EPSILON));
    }

    @Test
    void slaUrgencyCountsRespondWindowLeftAtExpectedStart() {
        // Starts after 1 h of open work; 1 h of the 2 h respond window is left: 0.5, times weight 4.
        Decision decision = acmeDecision();

        assertThat(decision.expectedStart()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(decision.contributionOf(FactorName.SLA_URGENCY)).isCloseTo(2.0, within(EPSILON));
    }

    @Test
    void clientTierScalesUrgencyByRelativeTierWeight() {
        // Gold is the heaviest tier (1.0) times urgency 0.5, times weight 1.
        assertThat(acmeDecision().contributionOf(FactorName.CLIENT_TIER)).isCloseTo(0.5, within(EPSILON));
    }

    @Test
    void clientTierHalvesForBronze() {
        // Bronze weighs 1 of gold's 2; its P2 window is 4 h, so 3 of 4 h are left at the start: 0.5 * 0.75.
        Ticket ticket = Scenario.ticket("T-2", BOLT, Priority.P2_HIGH, 2, new SkillRequirement("exchange", 3));

        assertThat(decide(BOLT, ticket).contributionOf(FactorName.CLIENT_TIER)).isCloseTo(0.375, within(EPSILON));
    }

    @Test
    void affinityCountsRecentTicketsForClient() {
        // One recent Acme ticket of the 3 that saturate affinity, times weight 1.
        assertThat(acmeDecision().contributionOf(FactorName.AFFINITY)).isCloseTo(1.0 / 3, within(EPSILON));
    }

    @Test
    void languageScoresRequesterLanguage() {
        assertThat(acmeDecision().contributionOf(FactorName.LANGUAGE)).isCloseTo(1.5, within(EPSILON));
    }

    @Test
    void fairnessDecreasesWithRecentAssignments() {
        // 1 / (1 + 2 assignments today), times weight 0.5.
        assertThat(acmeDecision().contributionOf(FactorName.FAIRNESS)).isCloseTo(0.5 / 3, within(EPSILON));
    }

    @Test
    void scoreIsSumOfContributions() {
        Decision decision = acmeDecision();

        assertThat(decision.score()).isCloseTo(2.0 + 1.85 + 2.0 + 0.5 + 1.0 / 3 + 1.5 + 0.5 / 3, within(EPSILON));
        assertThat(decision.contributions()).hasSize(FactorName.values().length);
    }
}
