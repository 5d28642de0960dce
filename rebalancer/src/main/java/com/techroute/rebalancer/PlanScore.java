package com.techroute.rebalancer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.techroute.rebalancer.solver.RebalanceConstraints;

/**
 * The score of a set of queues; compare hard first, then medium, then soft.
 *
 * @param hard minus the number of hard-constraint failures, one per ticket and constraint
 * @param medium minus the number of moves beyond the max moves
 * @param soft the sum of the tickets' factor scores minus the move penalties, in thousandths of a
 *     factor-score point
 */
public record PlanScore(long hard, long medium, long soft) implements Comparable<PlanScore> {

    static PlanScore of(HardMediumSoftLongScore score) {
        return new PlanScore(score.hardScore(), score.mediumScore(), score.softScore());
    }

    /** Returns the soft score in factor-score points. */
    public double softPoints() {
        return soft / (double) RebalanceConstraints.SCORE_SCALE;
    }

    /** Returns whether no ticket fails a hard constraint. */
    public boolean feasible() {
        return hard == 0;
    }

    @Override
    public int compareTo(PlanScore other) {
        int byHard = Long.compare(hard, other.hard);
        if (byHard != 0) {
            return byHard;
        }
        int byMedium = Long.compare(medium, other.medium);
        return byMedium != 0 ? byMedium : Long.compare(soft, other.soft);
    }

    @Override
    public String toString() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }
}
