package com.techroute.rebalancer;

import com.techroute.engine.decision.FactorName;

/**
 * The change in one factor's contribution to a ticket's score between its place before and after a
 * rebalance.
 *
 * @param factor the factor
 * @param before weighted contribution at the ticket's place before
 * @param after weighted contribution at its place after
 */
public record FactorChange(FactorName factor, double before, double after) {

    /** Returns {@code after - before}; positive when the factor improved. */
    public double delta() {
        return after - before;
    }
}
