package com.techroute.rebalancer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures run time and score gain over the online engine's assignment on generated instances (seed 42).
 * Off by default; run it with {@code -Drebalancer.benchmark=true}. {@code RebalanceSettings.DEFAULT}
 * applies, except where {@code -Drebalancer.maxMoves}, {@code -Drebalancer.timeLimitSeconds} or
 * {@code -Drebalancer.unimprovedSteps} set another value; {@code -Drebalancer.sickCalls=false} generates
 * the instance without sick calls. The solver runs in the test thread, so its CPU
 * time is reported beside the wall-clock time, which other processes on the machine stretch.
 */
@EnabledIfSystemProperty(named = "rebalancer.benchmark", matches = "true")
class RebalanceBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(RebalanceBenchmarkTest.class);

    @Test
    void smallInstance() {
        measure(200, 20);
    }

    @Test
    void largeInstance() {
        measure(2_000, 200);
    }

    private static void measure(int tickets, int technicians) {
        boolean sickCalls = Boolean.parseBoolean(System.getProperty("rebalancer.sickCalls", "true"));
        RebalanceInstances.Instance instance = RebalanceInstances.generate(42, tickets, technicians, sickCalls);
        RebalanceSettings defaults = RebalanceSettings.DEFAULT;
        RebalanceSettings settings = defaults
                .withMaxMoves(Integer.getInteger("rebalancer.maxMoves", defaults.maxMoves()))
                .withTimeLimit(Duration.ofSeconds(
                        Long.getLong("rebalancer.timeLimitSeconds", defaults.timeLimit().toSeconds())))
                .withUnimprovedStepLimit(Integer.getInteger("rebalancer.unimprovedSteps", defaults.unimprovedStepLimit()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();

        RebalancePlan plan = new Rebalancer().rebalance(instance.request(settings));

        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        double gain = plan.scoreAfter().softPoints() - plan.scoreBefore().softPoints();
        LOG.info("{} tickets x {} technicians ({} unstarted, {} left unassigned online, sick calls {}), settings {}:"
                        + " score ({}) to ({}), soft gain {} points ({} per unstarted ticket), {} moves,"
                        + " solver {} ms wall, {} ms CPU",
                tickets, technicians, instance.tickets().size(), instance.unassigned(), sickCalls, settings,
                plan.scoreBefore(), plan.scoreAfter(), String.format("%.1f", gain),
                String.format("%.3f", gain / instance.tickets().size()), plan.moves().size(),
                plan.solverTime().toMillis(), cpuMillis);
        assertThat(plan.scoreAfter()).isGreaterThanOrEqualTo(plan.scoreBefore());
    }
}
