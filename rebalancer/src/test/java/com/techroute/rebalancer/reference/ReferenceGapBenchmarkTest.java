package com.techroute.rebalancer.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.techroute.rebalancer.RebalanceInstances;
import com.techroute.rebalancer.RebalancePlan;
import com.techroute.rebalancer.RebalanceSettings;
import com.techroute.rebalancer.Rebalancer;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the rebalancer with the bound of {@link SlotRelaxation} on the generated instances (seed 42, sick
 * calls on). Off by default: it needs {@code -P reference-solver} and {@code -Drebalancer.benchmark=true}.
 * {@code -Drebalancer.referenceSeconds} sets the CP-SAT time limit (default 120) and
 * {@code -Drebalancer.slotVariables} the maximum number of slot variables (default 2,000,000), which sets the slots per queue.
 */
@EnabledIfSystemProperty(named = "rebalancer.benchmark", matches = "true")
class ReferenceGapBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceGapBenchmarkTest.class);

    @Test
    void smallInstanceGap() {
        measure(200, 20);
    }

    @Test
    void largeInstanceGap() {
        measure(2_000, 200);
    }

    private static void measure(int tickets, int technicians) {
        Loader.loadNativeLibraries();
        RebalanceInstances.Instance instance = RebalanceInstances.generate(42, tickets, technicians, true);
        RebalanceSettings defaults = RebalanceSettings.DEFAULT;
        RebalancePlan quick = new Rebalancer().rebalance(instance.request(defaults.withTimeLimit(Duration.ofSeconds(2))));
        RebalancePlan full = new Rebalancer().rebalance(instance.request(defaults));

        int moves = defaults.maxMoves() + (int) Math.max(-quick.scoreAfter().medium(), -full.scoreAfter().medium());
        long budget = Long.getLong("rebalancer.slotVariables", 2_000_000L);
        int slots = (int) Math.max(1, Math.min(60, budget / ((long) instance.tickets().size() * technicians)));
        SlotRelaxation relaxation = new SlotRelaxation(instance.request(defaults), slots);
        SlotRelaxation.Result bound = relaxation.solve(Long.getLong("rebalancer.referenceSeconds", 120L), 2, moves);

        LOG.info(String.format(Locale.ROOT, "%d x %d: %d slots per queue, moves <= %d; CP-SAT %s in %.1f s,"
                        + " relaxation best %.1f, bound %.1f; online %s (%.1f); Timefold 2 s %s (%.1f) in %d ms;"
                        + " Timefold default %s (%.1f) in %d ms; gap to bound: online %.2f%%, 2 s %.2f%%,"
                        + " default %.2f%%; tickets above their slot score: %d",
                tickets, technicians, slots, moves, bound.status(), bound.seconds(), bound.objectivePoints(),
                bound.boundPoints(), quick.scoreBefore(), quick.scoreBefore().softPoints(), quick.scoreAfter(),
                quick.scoreAfter().softPoints(), quick.solverTime().toMillis(), full.scoreAfter(),
                full.scoreAfter().softPoints(), full.solverTime().toMillis(),
                gap(quick.scoreBefore().softPoints(), bound.boundPoints()),
                gap(quick.scoreAfter().softPoints(), bound.boundPoints()),
                gap(full.scoreAfter().softPoints(), bound.boundPoints()), relaxation.check(full)));
        assertThat(bound.boundPoints()).isGreaterThanOrEqualTo(full.scoreAfter().softPoints());
    }

    private static double gap(double value, double bound) {
        return 100 * (bound - value) / Math.abs(bound);
    }
}
