package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorName;

/**
 * Recent work for the same client: the technician's recent assignments for the client divided by
 * {@link #SATURATION}, at most 1.
 */
public final class AffinityFactor implements Factor {

    /** Recent tickets for a client at which affinity is full. */
    public static final int SATURATION = 3;

    @Override
    public FactorName name() {
        return FactorName.AFFINITY;
    }

    @Override
    public double value(Candidate candidate) {
        int recent = candidate.entry().load().recentFor(candidate.ticket().client().id());
        return Math.min(1.0, recent / (double) SATURATION);
    }
}
