package com.techroute.rebalancer;

import static com.techroute.rebalancer.Fixtures.BRONZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.FactorName;
import com.techroute.engine.decision.FactorWeights;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.tenant.TenantProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The online decision and the rebalancer share one objective: on the same instance, a change of one factor
 * weight changes both choices the same way.
 *
 * <p>The expert (exchange 5) has 2 hours of started work, the junior (exchange 3) none. With the default
 * weights skill fit wins; with workload headroom at weight 10 the junior's free capacity wins. For the
 * rebalancer the ticket sits with an inactive technician, so it must move, and the move penalty is 0, so
 * only the factors decide where.
 */
class OneObjectiveTest {

    private static final Ticket TICKET =
            Fixtures.ticket("T-1", BRONZE, Priority.P4_LOW, 1, new SkillRequirement("exchange", 3));
    private static final Technician EXPERT = Fixtures.technician("expert", Map.of("exchange", 5), 8);
    private static final Technician JUNIOR = Fixtures.technician("junior", Map.of("exchange", 3), 8);
    private static final Technician LEAVER = Fixtures.inactive(Fixtures.technician("leaver", Map.of("exchange", 5), 8));
    private static final FactorWeights HEADROOM_HEAVY = FactorWeights.DEFAULT.with(FactorName.WORKLOAD_HEADROOM, 10);
    private static final RebalanceSettings SETTINGS = RebalanceSettings.DEFAULT.withMovePenalty(0)
            .withTimeLimit(Duration.ofSeconds(20)).withUnimprovedStepLimit(50);

    @Test
    void defaultWeightsPickExpertOnlineAndInRebalance() {
        TenantProfile profile = Fixtures.profile();

        assertThat(onlineChoice(profile)).isEqualTo(EXPERT.id());
        assertThat(rebalancerChoice(profile)).isEqualTo(EXPERT.id());
    }

    @Test
    void headroomWeightPicksJuniorOnlineAndInRebalance() {
        TenantProfile profile = Fixtures.profile(HEADROOM_HEAVY);

        assertThat(onlineChoice(profile)).isEqualTo(JUNIOR.id());
        assertThat(rebalancerChoice(profile)).isEqualTo(JUNIOR.id());
    }

    @Test
    void rebalancerScoresPlacementAsOnlineDecisionDoes() {
        TenantProfile profile = Fixtures.profile();
        Decision decision = new DecisionEngine(profile).decide(TICKET, BRONZE, base(profile).roster(), Fixtures.NOW);

        RebalancePlan plan = new Rebalancer().rebalance(base(profile).queued("leaver", TICKET, BRONZE).request(SETTINGS));

        assertThat(plan.scoreAfter().softPoints()).isCloseTo(decision.score(), within(0.0005));
    }

    private static TechnicianId onlineChoice(TenantProfile profile) {
        Scenario before = base(profile);
        Decision decision = new DecisionEngine(profile).decide(TICKET, BRONZE, before.roster(), Fixtures.NOW);
        return decision.technician();
    }

    private static TechnicianId rebalancerChoice(TenantProfile profile) {
        Scenario queued = base(profile).queued("leaver", TICKET, BRONZE);
        RebalancePlan plan = new Rebalancer().rebalance(queued.request(SETTINGS));
        assertThat(plan.moves()).hasSize(1);
        return plan.moves().get(0).to();
    }

    private static Scenario base(TenantProfile profile) {
        return Scenario.with(profile)
                .technician(EXPERT)
                .technician(JUNIOR)
                .technician(LEAVER)
                .started("expert", "S-1", 2);
    }
}
