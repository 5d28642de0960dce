package com.techroute.rebalancer.domain;

/**
 * The limits on moving tickets between technicians, as a problem fact the constraints join.
 *
 * @param movePenalty soft penalty per ticket that ends with another technician, in scaled score units
 *     (factor-score points times {@link com.techroute.rebalancer.solver.RebalanceConstraints#SCORE_SCALE})
 * @param maxMoves most tickets that may change technician; each move beyond it costs one medium point
 */
public record MovePolicy(long movePenalty, int maxMoves) {

    public MovePolicy {
        if (movePenalty < 0) {
            throw new IllegalArgumentException("Invalid move penalty (" + movePenalty + "). Use 0 or more.");
        }
        if (maxMoves < 0) {
            throw new IllegalArgumentException("Invalid max moves (" + maxMoves + "). Use 0 or more.");
        }
    }
}
