package com.techroute.rebalancer.domain;

import com.techroute.engine.decision.FactorWeights;
import java.time.Instant;
import java.util.Objects;

/**
 * Decision time and factor weights, shared by every queue of one rebalance.
 *
 * @param now the rebalance time; expected starts are laid onto calendars from here
 * @param weights the tenant's factor weights, the same the online decision uses
 */
public record ScoringContext(Instant now, FactorWeights weights) {

    public ScoringContext {
        Objects.requireNonNull(now, "now must not be null");
        Objects.requireNonNull(weights, "weights must not be null");
    }
}
