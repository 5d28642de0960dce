package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorName;

/** 1 when the technician speaks the requester's language, 0 otherwise or when the language is unknown. */
public final class LanguageFactor implements Factor {

    @Override
    public FactorName name() {
        return FactorName.LANGUAGE;
    }

    @Override
    public double value(Candidate candidate) {
        String language = candidate.ticket().ticket().language();
        return language != null && candidate.technician().speaks(language) ? 1.0 : 0.0;
    }
}
