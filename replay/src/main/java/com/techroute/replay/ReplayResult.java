package com.techroute.replay;

import com.techroute.replay.log.ImportResult;
import com.techroute.replay.metrics.StrategyMetrics;
import com.techroute.replay.scenario.ReplayScenario;
import com.techroute.replay.sim.SimulationResult;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a replay: what was read, what was simulated, and the figures per strategy.
 *
 * @param source the log
 * @param imported the import, with its unreadable rows
 * @param scenario the tenant, learned model and scored tickets
 * @param results one simulation per strategy, the engine first
 * @param metrics the figures of each strategy, in the same order
 * @param elapsed wall-clock time from the start of learning to the last figure
 */
public record ReplayResult(LogSource source, ImportResult imported, ReplayScenario scenario,
        List<SimulationResult> results, List<StrategyMetrics> metrics, Duration elapsed) {

    /** Copies the lists. */
    public ReplayResult {
        results = List.copyOf(results);
        metrics = List.copyOf(metrics);
    }

    /** Returns the result of a strategy by name. */
    public SimulationResult result(String strategy) {
        return results.stream().filter(result -> result.strategy().equals(strategy)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No strategy named (" + strategy + ") in this replay."));
    }
}
