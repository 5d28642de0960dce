package com.techroute.replay.rebalance;

import com.techroute.rebalancer.RebalanceSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * The replay's periodic rebalance of the engine strategy's queues, set with {@code --rebalance-every} and
 * its companion flags.
 *
 * @param every simulated time between two rebalances, positive
 * @param maxMoves maximum number of tickets one rebalance may move, 0 or more
 * @param timeLimit wall-clock time one rebalance's solver may spend, positive
 * @param movePenalty cost of one move in factor-score points, 0 or more
 */
public record ReplayRebalance(Duration every, int maxMoves, Duration timeLimit, double movePenalty) {

    /** Seed of every rebalance's solver, fixed so a replay is repeatable when the solver ends by its step limit. */
    public static final long SEED = 0L;

    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException naming the value and what to give instead
     */
    public ReplayRebalance {
        Objects.requireNonNull(every, "every must not be null");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException(String.format(
                    "Invalid --rebalance-every (%s). Give a positive duration, such as PT4H.", every));
        }
        solverSettings(maxMoves, timeLimit, movePenalty);
    }

    /** Returns the rebalancer's settings for one rebalance. */
    public RebalanceSettings solverSettings() {
        return solverSettings(maxMoves, timeLimit, movePenalty);
    }

    private static RebalanceSettings solverSettings(int maxMoves, Duration timeLimit, double movePenalty) {
        return RebalanceSettings.DEFAULT.withMaxMoves(maxMoves).withTimeLimit(timeLimit).withMovePenalty(movePenalty)
                .withRandomSeed(SEED);
    }
}
