package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorName;

/**
 * Spreads tickets among near-equal candidates: {@code 1 / (1 + n)}, where n counts the technician's
 * recent assignments plus batch tickets placed ahead. Its default weight is small, so it decides only
 * when other factors nearly tie.
 */
public final class FairnessFactor implements Factor {

    @Override
    public FactorName name() {
        return FactorName.FAIRNESS;
    }

    @Override
    public double value(Candidate candidate) {
        int count = candidate.entry().load().recentAssignments() + candidate.assignmentsAhead();
        return 1.0 / (1 + count);
    }
}
