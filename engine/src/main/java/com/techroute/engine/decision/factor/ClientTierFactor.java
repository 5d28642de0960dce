package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorName;

/**
 * Premium clients weigh a prompt start more: the client's relative tier weight times the SLA urgency
 * value. A tier weight alone would be equal for every technician and could not change the choice.
 */
public final class ClientTierFactor implements Factor {

    @Override
    public FactorName name() {
        return FactorName.CLIENT_TIER;
    }

    @Override
    public double value(Candidate candidate) {
        return candidate.ticket().tierWeight() * SlaUrgencyFactor.slackShare(candidate);
    }
}
