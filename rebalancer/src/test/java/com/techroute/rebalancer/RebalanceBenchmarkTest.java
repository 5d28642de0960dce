package com.techroute.rebalancer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures run time and score gain over the online engine's assignment on generated instances. Off by
 * default; run it with {@code -Drebalancer.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "rebalancer.benchmark", matches = "true")
class RebalanceBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(RebalanceBenchmarkTest.class);

    @Test
    void smallInstance() {
        measure(200, 20, Duration.ofSeconds(60));
    }

    @Test
    void largeInstance() {
        measure(2_000, 200, Duration.ofSeconds(300));
    }

    private static void measure(int tickets, int technicians, Duration timeLimit) {
        long generateStart = System.nanoTime();
        RebalanceInstances.Instance instance = RebalanceInstances.generate(42, tickets, technicians);
        long generateMillis = (System.nanoTime() - generateStart) / 1_000_000;
        RebalanceSettings settings = RebalanceSettings.DEFAULT.withTimeLimit(timeLimit).withMaxMoves(tickets)
                .withUnimprovedStepLimit(Integer.getInteger("rebalancer.unimprovedSteps", 0));

        RebalancePlan plan = new Rebalancer().rebalance(instance.request(settings));

        LOG.info("Instance {} tickets x {} technicians: generated in {} ms, {} unstarted, {} unassigned online;"
                        + " score ({}) to ({}), soft gain {} points ({} per ticket), {} moves, solver {} ms",
                tickets, technicians, generateMillis, instance.tickets().size(), instance.unassigned(),
                plan.scoreBefore(), plan.scoreAfter(),
                String.format("%.1f", plan.scoreAfter().softPoints() - plan.scoreBefore().softPoints()),
                String.format("%.3f", (plan.scoreAfter().softPoints() - plan.scoreBefore().softPoints())
                        / instance.tickets().size()),
                plan.moves().size(), plan.solverTime().toMillis());
        assertThat(plan.scoreAfter()).isGreaterThanOrEqualTo(plan.scoreBefore());
    }
}
