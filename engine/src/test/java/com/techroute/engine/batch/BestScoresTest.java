package com.techroute.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BestScoresTest {

    @Test
    void keepsHighestScoresBestFirst() {
        BestScores best = new BestScores(3);
        double[] offered = {1.0, 5.0, 3.0, 4.0, 2.0};
        for (int entry = 0; entry < offered.length; entry++) {
            best.offer(offered[entry], entry);
        }

        best.sortBestFirst();

        assertThat(best.entries()).containsExactly(1, 3, 2);
        assertThat(best.scores()).containsExactly(5.0, 4.0, 3.0);
    }

    @Test
    void tiesGoToLowerEntry() {
        BestScores best = new BestScores(2);
        best.offer(2.0, 7);
        best.offer(2.0, 3);
        best.offer(2.0, 5);

        best.sortBestFirst();

        assertThat(best.entries()).containsExactly(3, 5);
    }

    @Test
    void zeroCapacityKeepsNothing() {
        BestScores best = new BestScores(0);
        best.offer(9.0, 1);

        best.sortBestFirst();

        assertThat(best.entries()).isEmpty();
    }
}
