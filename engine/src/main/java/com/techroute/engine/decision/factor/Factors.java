package com.techroute.engine.decision.factor;

import com.techroute.engine.decision.Candidate;
import com.techroute.engine.decision.FactorContribution;
import com.techroute.engine.decision.FactorWeights;
import java.util.ArrayList;
import java.util.List;

/** The engine's soft factors and the weighted score they add up to. */
public final class Factors {

    /** Every factor, in the order explanations list them. */
    public static final List<Factor> ALL = List.of(
            new SkillFitFactor(),
            new WorkloadHeadroomFactor(),
            new SlaUrgencyFactor(),
            new ClientTierFactor(),
            new AffinityFactor(),
            new LanguageFactor(),
            new FairnessFactor());

    private Factors() {
    }

    /** Returns the weighted sum of all factor values. */
    public static double score(Candidate candidate, FactorWeights weights) {
        double total = 0.0;
        for (Factor factor : ALL) {
            double weight = weights.of(factor.name());
            if (weight != 0.0) {
                total += weight * factor.value(candidate);
            }
        }
        return total;
    }

    /** Returns each factor's value, weight and contribution. */
    public static List<FactorContribution> contributions(Candidate candidate, FactorWeights weights) {
        List<FactorContribution> result = new ArrayList<>(ALL.size());
        for (Factor factor : ALL) {
            double weight = weights.of(factor.name());
            double value = factor.value(candidate);
            result.add(new FactorContribution(factor.name(), value, weight, weight * value));
        }
        return result;
    }
}
