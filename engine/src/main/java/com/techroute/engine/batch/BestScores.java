package com.techroute.engine.batch;

import java.util.Arrays;

/**
 * The {@code capacity} highest scores offered, with their roster indexes, kept in primitive arrays. Ties
 * go to the lower roster index, which is the lower technician id.
 */
final class BestScores {

    private final double[] scores;
    private final int[] entries;
    private int count;

    BestScores(int capacity) {
        scores = new double[capacity];
        entries = new int[capacity];
    }

    /** Keeps a score when fewer than {@code capacity} are held or it beats the worst one held. */
    void offer(double score, int entry) {
        if (scores.length == 0) {
            return;
        }
        if (count < scores.length) {
            scores[count] = score;
            entries[count] = entry;
            count++;
            return;
        }
        int worst = worstIndex();
        if (better(score, entry, scores[worst], entries[worst])) {
            scores[worst] = score;
            entries[worst] = entry;
        }
    }

    /** Returns the roster indexes held, best score first. */
    int[] entriesBestFirst() {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : better(scores[a], entries[a], scores[b], entries[b]) ? -1 : 1);
        int[] result = new int[count];
        for (int i = 0; i < count; i++) {
            result[i] = entries[order[i]];
        }
        return result;
    }

    /** Returns the scores of the given roster indexes, in the same order. */
    double[] scoresBestFirst(int[] orderedEntries) {
        double[] result = new double[orderedEntries.length];
        for (int i = 0; i < orderedEntries.length; i++) {
            for (int j = 0; j < count; j++) {
                if (entries[j] == orderedEntries[i]) {
                    result[i] = scores[j];
                    break;
                }
            }
        }
        return result;
    }

    private int worstIndex() {
        int worst = 0;
        for (int i = 1; i < count; i++) {
            if (better(scores[worst], entries[worst], scores[i], entries[i])) {
                worst = i;
            }
        }
        return worst;
    }

    private static boolean better(double score, int entry, double otherScore, int otherEntry) {
        return score > otherScore || score == otherScore && entry < otherEntry;
    }
}
