package com.techroute.benchmarks;

import java.util.Random;

/** Random draws shared by the generators. */
final class Draws {

    private Draws() {
    }

    /** Draws an index with the given shares, which add up to 1. */
    static int index(Random random, double[] shares) {
        double draw = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            draw -= shares[i];
            if (draw < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
