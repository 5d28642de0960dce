package com.techroute.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinCostAssignmentTest {

    @Test
    void solveFindsKnownOptimum() {
        double[][] cost = {
            {4, 1, 3},
            {2, 0, 5},
            {3, 2, 2},
        };

        int[] assignment = MinCostAssignment.solve(cost);

        assertThat(assignment).containsExactly(1, 0, 2);
    }

    @Test
    void solveMatchesBruteForceOnRandomRectangles() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int rows = 1 + random.nextInt(5);
            int columns = rows + random.nextInt(3);
            double[][] cost = new double[rows][columns];
            for (double[] row : cost) {
                for (int j = 0; j < columns; j++) {
                    row[j] = Math.round(random.nextDouble() * 100) / 10.0 - 5;
                }
            }

            int[] assignment = MinCostAssignment.solve(cost);

            assertThat(total(cost, assignment)).isEqualTo(bruteForce(cost, 0, new boolean[columns]));
            assertThat(assignment).doesNotHaveDuplicates();
        }
    }

    @Test
    void solveRejectsMoreRowsThanColumns() {
        assertThatThrownBy(() -> MinCostAssignment.solve(new double[][] {{1}, {2}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 rows and 1 columns");
    }

    private static double total(double[][] cost, int[] assignment) {
        double sum = 0;
        for (int i = 0; i < assignment.length; i++) {
            sum += cost[i][assignment[i]];
        }
        return Math.round(sum * 10) / 10.0;
    }

    private static double bruteForce(double[][] cost, int row, boolean[] used) {
        if (row == cost.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, used));
                used[j] = false;
            }
        }
        return Math.round(best * 10) / 10.0;
    }
}
