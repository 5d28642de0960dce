package com.techroute.replay.learn;

import java.util.List;

/** Nearest-rank percentiles, the simple kind that a test can check by hand. */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * Returns the nearest-rank percentile of sorted values: the value at rank ceil(share * n), counting
     * from 1, and the first value for share 0.
     *
     * @param sorted values in ascending order; not empty
     * @param share percentile as a share, from 0 to 1
     * @throws IllegalArgumentException when the list is empty
     */
    public static <T> T nearestRank(List<T> sorted, double share) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("No values to take a percentile of. Pass at least one value.");
        }
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
