package com.techroute.replay.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void giniOfEqualValuesIsZero() {
        assertThat(Distribution.gini(List.of(3.0, 3.0, 3.0))).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void giniOfSingleHolderIsMaximal() {
        assertThat(Distribution.gini(List.of(0.0, 0.0, 0.0, 8.0))).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void giniMatchesPairwiseDefinition() {
        // Values 1, 2, 3, 6: mean 3; sum of |xi - xj| over all 16 ordered pairs = 2 * (1+2+5+1+4+3) = 32;
        // 32 / (2 * 16 * 3) = 1/3.
        assertThat(Distribution.gini(List.of(6.0, 1.0, 3.0, 2.0))).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void giniOfNothingIsZero() {
        assertThat(Distribution.gini(List.of(0.0, 0.0))).isZero();
    }

    @Test
    void percentileIsNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 9.0, 7.0, 6.0, 8.0, 10.0);

        assertThat(Distribution.percentile(values, 0.9)).isEqualTo(9.0);
        assertThat(Distribution.median(values)).isEqualTo(5.5);
        assertThat(Distribution.maxOverMean(values)).isCloseTo(10 / 5.5, within(1e-12));
    }
}
