package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorName;

/**
 * Share of the respond window still left when the technician would start: {@code (respond-by - expected
 * start) / (respond-by - created)}, clamped to [0, 1]. A start after respond-by scores 0; because urgent
 * priorities have short windows, each hour of delay costs them more.
 */
public final class SlaUrgencyFactor implements Factor {

    @Override
    public FactorName name() {
        return FactorName.SLA_URGENCY;
    }

    @Override
    public double value(Candidate candidate) {
        return slackShare(candidate);
    }

    /** Returns the share of the respond window left at the expected start, in [0, 1]. */
    static double slackShare(Candidate candidate) {
        long respondBy = candidate.ticket().deadlines().respondBy().getEpochSecond();
        long window = respondBy - candidate.ticket().ticket().createdAt().getEpochSecond();
        long slack = respondBy - candidate.expectedStart().getEpochSecond();
        if (window <= 0) {
            return slack >= 0 ? 1.0 : 0.0;
        }
        return Math.max(0.0, Math.min(1.0, slack / (double) window));
    }
}
