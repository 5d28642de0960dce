package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorName;

/**
 * Capacity left after taking the ticket: {@code 1 - (effort ahead + ticket effort) / capacity},
 * clamped to [0, 1].
 */
public final class WorkloadHeadroomFactor implements Factor {

    @Override
    public FactorName name() {
        return FactorName.WORKLOAD_HEADROOM;
    }

    @Override
    public double value(Candidate candidate) {
        double capacity = candidate.technician().capacity().toSeconds();
        double used = candidate.effortAhead().toSeconds() + candidate.ticket().ticket().effort().toSeconds();
        return Math.max(0.0, Math.min(1.0, 1.0 - used / capacity));
    }
}
