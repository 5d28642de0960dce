package com.techroute.replay.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * What the rebalances of one simulation did.
 *
 * @param runs rebalances run, including those with no unstarted ticket
 * @param solverRuns rebalances that ran the solver
 * @param moves tickets moved to another person
 * @param solverTime wall-clock time spent in the solver
 */
public record RebalanceStats(int runs, int solverRuns, int moves, Duration solverTime) {

    /** No rebalance yet. */
    public static final RebalanceStats NONE = new RebalanceStats(0, 0, 0, Duration.ZERO);

    /** Validates the counts. */
    public RebalanceStats {
        if (runs < 0 || solverRuns < 0 || moves < 0) {
            throw new IllegalArgumentException("Rebalance counts must not be negative: runs (" + runs
                    + "), solver runs (" + solverRuns + "), moves (" + moves + ").");
        }
        Objects.requireNonNull(solverTime, "solverTime must not be null");
    }

    /** Returns these figures plus one more rebalance. */
    public RebalanceStats plus(boolean solved, int moved, Duration time) {
        return new RebalanceStats(runs + 1, solverRuns + (solved ? 1 : 0), moves + moved, solverTime.plus(time));
    }
}
