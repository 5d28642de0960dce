package com.techroute.engine.batch;

import java.util.Arrays;

/**
 * Exact minimum-cost assignment of every row to a distinct column (rows no more than columns), by the
 * Hungarian method with row and column potentials: O(rows^2 * columns) time.
 */
public final class MinCostAssignment {

    private MinCostAssignment() {
    }

    /**
     * Solves the assignment problem.
     *
     * @param cost cost[row][column], finite; rows must not outnumber columns
     * @return for each row, the column assigned to it
     * @throws IllegalArgumentException when rows outnumber columns or a cost is not finite
     */
    public static int[] solve(double[][] cost) {
        int rows = cost.length;
        if (rows == 0) {
            return new int[0];
        }
        int columns = cost[0].length;
        if (rows > columns) {
            throw new IllegalArgumentException(
                    "Assignment needs at least as many columns as rows, got " + rows + " rows and " + columns + " columns");
        }
        double[] rowPotential = new double[rows + 1];
        double[] columnPotential = new double[columns + 1];
        int[] rowOfColumn = new int[columns + 1];
        int[] previousColumn = new int[columns + 1];
        double[] slack = new double[columns + 1];
        boolean[] visited = new boolean[columns + 1];
        for (int row = 1; row <= rows; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            Arrays.fill(visited, false);
            do {
                visited[column] = true;
                int currentRow = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int nextColumn = 0;
                double[] costRow = cost[currentRow - 1];
                for (int j = 1; j <= columns; j++) {
                    if (visited[j]) {
                        continue;
                    }
                    double reduced = costRow[j - 1] - rowPotential[currentRow] - columnPotential[j];
                    if (reduced < slack[j]) {
                        slack[j] = reduced;
                        previousColumn[j] = column;
                    }
                    if (slack[j] < delta) {
                        delta = slack[j];
                        nextColumn = j;
                    }
                }
                if (!Double.isFinite(delta)) {
                    throw new IllegalArgumentException("Assignment cost matrix contains a value that is not finite (NaN or infinity). Use finite costs.");
                }
                for (int j = 0; j <= columns; j++) {
                    if (visited[j]) {
                        rowPotential[rowOfColumn[j]] += delta;
                        columnPotential[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = nextColumn;
            } while (rowOfColumn[column] != 0);
            do {
                int before = previousColumn[column];
                rowOfColumn[column] = rowOfColumn[before];
                column = before;
            } while (column != 0);
        }
        int[] result = new int[rows];
        for (int j = 1; j <= columns; j++) {
            if (rowOfColumn[j] != 0) {
                result[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return result;
    }
}
