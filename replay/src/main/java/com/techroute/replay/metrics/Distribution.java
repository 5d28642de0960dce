package com.techroute.replay.metrics;

import com.techroute.replay.learn.Quantiles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Summary statistics of a list of numbers, as the report prints them. */
public final class Distribution {

    private Distribution() {
    }

    /** Returns the mean, or 0 for no values. */
    public static double mean(Collection<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.size();
    }

    /** Returns the median: the mean of the two middle values when the count is even; 0 for no values. */
    public static double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = sorted(values);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Returns the nearest-rank percentile, such as 0.9 for the 90th; 0 for no values. */
    public static double percentile(Collection<Double> values, double share) {
        return values.isEmpty() ? 0 : Quantiles.nearestRank(sorted(values), share);
    }

    /** Returns the largest value divided by the mean; 0 when the mean is 0. */
    public static double maxOverMean(Collection<Double> values) {
        double mean = mean(values);
        if (mean == 0) {
            return 0;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max / mean;
    }

    /**
     * Returns the Gini coefficient of non-negative values: the mean absolute difference between all pairs
     * divided by twice the mean. 0 means everyone has the same; (n - 1) / n means one has everything.
     * Computed from the sorted values as {@code 2 * sum(i * x_i) / (n * sum(x)) - (n + 1) / n}, i from 1.
     * 0 when all values are 0.
     */
    public static double gini(Collection<Double> values) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            sum += sorted.get(i);
            weighted += (i + 1) * sorted.get(i);
        }
        if (sum == 0) {
            return 0;
        }
        return 2 * weighted / (n * sum) - (n + 1) / (double) n;
    }

    private static List<Double> sorted(Collection<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
    }
}
