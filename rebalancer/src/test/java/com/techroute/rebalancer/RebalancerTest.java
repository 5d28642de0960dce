package com.techroute.rebalancer;

import static com.techroute.rebalancer.Fixtures.BRONZE;
import static com.techroute.rebalancer.Fixtures.GOLD;
import static com.techroute.rebalancer.Fixtures.PLATINUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.FactorName;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TicketId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RebalancerTest {

    private static final RebalanceSettings SETTINGS = RebalanceSettings.DEFAULT
            .withTimeLimit(Duration.ofSeconds(20)).withUnimprovedStepLimit(2_000).withRandomSeed(11);
    private static final SkillRequirement EXCHANGE_3 = new SkillRequirement("exchange", 3);

    private final Rebalancer rebalancer = new Rebalancer();

    private static Technician technician(String id) {
        return Fixtures.technician(id, Map.of("exchange", 3), 40);
    }

    private static TechnicianId id(String technician) {
        return TechnicianId.of(technician);
    }

    @Test
    void inactiveTechnicianLosesUnstartedTicketsOnly() {
        Scenario scenario = Scenario.with(Fixtures.profile())
                .technician(Fixtures.inactive(technician("away")))
                .technician(technician("b"))
                .technician(technician("c"))
                .started("away", "S-1", 2)
                .queued("away", Fixtures.ticket("T-1", GOLD, Priority.P3_MEDIUM, 1, EXCHANGE_3), GOLD)
                .queued("away", Fixtures.ticket("T-2", GOLD, Priority.P3_MEDIUM, 1, EXCHANGE_3), GOLD);

        RebalancePlan plan = rebalancer.rebalance(scenario.request(SETTINGS));

        PlannedQueue away = plan.queueOf(id("away")).orElseThrow();
        assertThat(away.started()).containsExactly(TicketId.of("S-1"));
        assertThat(away.unstarted()).isEmpty();
        assertThat(plan.moves()).extracting(Move::ticket).containsExactlyInAnyOrder(TicketId.of("T-1"),
                TicketId.of("T-2"));
        assertThat(plan.moves()).allSatisfy(move -> assertThat(move.fixes()).extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.INACTIVE));
        assertThat(plan.scoreBefore().hard()).isEqualTo(-2);
        assertThat(plan.scoreAfter().hard()).isZero();
    }

    @Test
    void urgentPremiumTicketGetsFirstPlace() {
        // Three routine bronze tickets of 2 h each stand before a platinum P1 that needs a response within 1 h.
        Scenario scenario = Scenario.with(Fixtures.profile())
                .technician(technician("a"))
                .technician(technician("idle"))
                .queued("a", Fixtures.ticket("R-1", BRONZE, Priority.P4_LOW, 2), BRONZE)
                .queued("a", Fixtures.ticket("R-2", BRONZE, Priority.P4_LOW, 2), BRONZE)
                .queued("a", Fixtures.ticket("R-3", BRONZE, Priority.P4_LOW, 2), BRONZE)
                .queued("a", Fixtures.ticket("URGENT", PLATINUM, Priority.P1_CRITICAL, 1), PLATINUM);

        RebalancePlan plan = rebalancer.rebalance(scenario.request(SETTINGS));

        List<PlannedQueue> holding = plan.queues().stream()
                .filter(queue -> queue.unstarted().contains(TicketId.of("URGENT"))).toList();
        assertThat(holding).hasSize(1);
        assertThat(holding.get(0).unstarted().get(0)).isEqualTo(TicketId.of("URGENT"));
        assertThat(plan.scoreAfter()).isGreaterThan(plan.scoreBefore());
    }

    @Test
    void maxMovesLimitsTechnicianChanges() {
        Scenario scenario = overloadedTechnician();

        RebalancePlan limited = rebalancer.rebalance(scenario.request(SETTINGS.withMaxMoves(2)));
        RebalancePlan unlimited = rebalancer.rebalance(scenario.request(SETTINGS.withMaxMoves(100)));

        assertThat(limited.moves()).hasSize(2);
        assertThat(limited.scoreAfter().medium()).isZero();
        assertThat(unlimited.moves()).hasSizeGreaterThan(2);
    }

    @Test
    void hardFixesMayExceedMaxMoves() {
        // The move limit is a medium constraint: leaving tickets with an inactive technician breaks a hard one.
        Scenario scenario = Scenario.with(Fixtures.profile())
                .technician(Fixtures.inactive(technician("away")))
                .technician(technician("b"));
        for (int i = 1; i <= 3; i++) {
            scenario.queued("away", Fixtures.ticket("T-" + i, GOLD, Priority.P3_MEDIUM, 1), GOLD);
        }

        RebalancePlan plan = rebalancer.rebalance(scenario.request(SETTINGS.withMaxMoves(1)));

        assertThat(plan.moves()).hasSize(3);
        assertThat(plan.scoreAfter().hard()).isZero();
        assertThat(plan.scoreAfter().medium()).isEqualTo(-2);
    }

    @Test
    void movePenaltyStopsTrivialMove() {
        RebalancePlan plan = rebalancer.rebalance(trivialGain().request(SETTINGS.withMovePenalty(0.5)));

        assertThat(plan.moves()).isEmpty();
        assertThat(plan.scoreAfter()).isEqualTo(plan.scoreBefore());
    }

    @Test
    void zeroMovePenaltyTakesTrivialMove() {
        // The same queues as movePenaltyStopsTrivialMove: without a penalty the small gain is taken.
        RebalancePlan plan = rebalancer.rebalance(trivialGain().request(SETTINGS.withMovePenalty(0)));

        assertThat(plan.moves()).extracting(Move::to).containsExactly(id("b"));
        assertThat(plan.moves().get(0).scoreChange()).isBetween(0.0, 0.5);
    }

    @Test
    void moveReportsFactorDeltas() {
        RebalancePlan plan = rebalancer.rebalance(trivialGain().request(SETTINGS.withMovePenalty(0)));

        Move move = plan.moves().get(0);
        // 6 minutes earlier out of a 4-hour respond window, at SLA weight 4.
        FactorChange sla = move.factorChanges().get(0);
        assertThat(sla.factor()).isEqualTo(FactorName.SLA_URGENCY);
        assertThat(sla.delta()).isCloseTo(4 * 0.1 / 4, within(1e-9));
    }

    @Test
    void planNeverScoresBelowCurrentQueues() {
        RebalancePlan plan = rebalancer.rebalance(overloadedTechnician().request(SETTINGS));

        assertThat(plan.scoreAfter()).isGreaterThanOrEqualTo(plan.scoreBefore());
    }

    @Test
    void rebalanceRejectsUnstartedTicketWithoutContext() {
        Scenario scenario = overloadedTechnician();
        List<TicketContext> missingOne = new ArrayList<>(scenario.contexts());
        missingOne.remove(0);
        RebalanceRequest request = new RebalanceRequest(scenario.profile(), scenario.roster(), missingOne,
                Fixtures.NOW, SETTINGS);

        assertThatThrownBy(() -> rebalancer.rebalance(request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(T-1)").hasMessageContaining("technician (a)");
    }

    @Test
    void rebalanceRejectsContextOutsideRoster() {
        Scenario scenario = overloadedTechnician();
        List<TicketContext> withStray = new ArrayList<>(scenario.contexts());
        withStray.add(TicketContext.of(scenario.profile(), Fixtures.ticket("STRAY", GOLD, Priority.P3_MEDIUM, 1), GOLD));
        RebalanceRequest request = new RebalanceRequest(scenario.profile(), scenario.roster(), withStray,
                Fixtures.NOW, SETTINGS);

        assertThatThrownBy(() -> rebalancer.rebalance(request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STRAY");
    }

    /** Returns six gold P2 tickets of 1 h each with one technician while two others are idle. */
    private static Scenario overloadedTechnician() {
        Scenario scenario = Scenario.with(Fixtures.profile())
                .technician(technician("a"))
                .technician(technician("b"))
                .technician(technician("c"));
        for (int i = 1; i <= 6; i++) {
            scenario.queued("a", Fixtures.ticket("T-" + i, GOLD, Priority.P2_HIGH, 1), GOLD);
        }
        return scenario;
    }

    /** Returns one ticket behind 6 minutes of started work, with an idle twin technician. */
    private static Scenario trivialGain() {
        return Scenario.with(Fixtures.profile(Fixtures.only(FactorName.SLA_URGENCY, 4)))
                .technician(technician("a"))
                .technician(technician("b"))
                .started("a", "S-1", 0.1)
                .queued("a", Fixtures.ticket("T-1", GOLD, Priority.P3_MEDIUM, 1), GOLD);
    }
}
