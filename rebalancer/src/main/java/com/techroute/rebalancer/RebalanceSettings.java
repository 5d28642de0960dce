package com.techroute.rebalancer;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of a rebalance: the cost and number of moves, and the time the search may take.
 *
 * @param movePenalty cost of moving one ticket to another technician, in factor-score points (the unit of
 *     {@link com.techroute.engine.decision.factor.Factors#score}); a move is kept only when it gains more
 *     than this across all tickets. 0 or more
 * @param maxMoves most tickets that may change technician, 0 or more. The limit yields only to hard
 *     constraints: when more tickets must leave their technician to fix a hard constraint, they do
 * @param timeLimit wall-clock time the solver may spend, positive
 * @param randomSeed seed of the solver's random choices; the same seed and input give the same plan when
 *     the search ends by {@code unimprovedStepLimit} rather than by {@code timeLimit}
 * @param unimprovedStepLimit local-search steps without a new best score after which the search ends, or 0
 *     to search until {@code timeLimit}
 */
public record RebalanceSettings(double movePenalty, int maxMoves, Duration timeLimit, long randomSeed,
        int unimprovedStepLimit) {

    /**
     * Defaults: a move must gain more than half a factor-score point, at most 50 moves, at most 60 seconds,
     * seed 0, and a stop after 200 steps without a new best score.
     */
    public static final RebalanceSettings DEFAULT =
            new RebalanceSettings(0.5, 50, Duration.ofSeconds(60), 0L, 200);

    public RebalanceSettings {
        if (!(movePenalty >= 0) || Double.isInfinite(movePenalty)) {
            throw new IllegalArgumentException(String.format(
                    "Invalid move penalty (%s). Use a finite number of factor-score points, 0 or more, such as 0.5.",
                    movePenalty));
        }
        if (maxMoves < 0) {
            throw new IllegalArgumentException(String.format(
                    "Invalid max moves (%d). Use 0 or more.", maxMoves));
        }
        Objects.requireNonNull(timeLimit, "timeLimit must not be null");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException(String.format(
                    "Invalid time limit (%s). Use a positive duration, such as PT30S.", timeLimit));
        }
        if (unimprovedStepLimit < 0) {
            throw new IllegalArgumentException(String.format(
                    "Invalid unimproved step limit (%d). Use 0 to search until the time limit, or a positive count.",
                    unimprovedStepLimit));
        }
    }

    /** Returns a copy with another move penalty. */
    public RebalanceSettings withMovePenalty(double penalty) {
        return new RebalanceSettings(penalty, maxMoves, timeLimit, randomSeed, unimprovedStepLimit);
    }

    /** Returns a copy with another max moves. */
    public RebalanceSettings withMaxMoves(int moves) {
        return new RebalanceSettings(movePenalty, moves, timeLimit, randomSeed, unimprovedStepLimit);
    }

    /** Returns a copy with another time limit. */
    public RebalanceSettings withTimeLimit(Duration limit) {
        return new RebalanceSettings(movePenalty, maxMoves, limit, randomSeed, unimprovedStepLimit);
    }

    /** Returns a copy with another random seed. */
    public RebalanceSettings withRandomSeed(long seed) {
        return new RebalanceSettings(movePenalty, maxMoves, timeLimit, seed, unimprovedStepLimit);
    }

    /** Returns a copy with another unimproved step limit. */
    public RebalanceSettings withUnimprovedStepLimit(int steps) {
        return new RebalanceSettings(movePenalty, maxMoves, timeLimit, randomSeed, steps);
    }
}
