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

    /** Sorts what is held best first, by insertion, which suits the batch sizes this serves. */
    void sortBestFirst() {
        for (int i = 1; i < count; i++) {
            double score = scores[i];
            int entry = entries[i];
            int j = i - 1;
            while (j >= 0 && better(score, entry, scores[j], entries[j])) {
                scores[j + 1] = scores[j];
                entries[j + 1] = entries[j];
                j--;
            }
            scores[j + 1] = score;
            entries[j + 1] = entry;
        }
    }

    /** Returns the roster indexes held, in the current order. */
    int[] entries() {
        return Arrays.copyOf(entries, count);
    }

    /** Returns the scores held, in the same order as {@link #entries()}. */
    double[] scores() {
        return Arrays.copyOf(scores, count);
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
