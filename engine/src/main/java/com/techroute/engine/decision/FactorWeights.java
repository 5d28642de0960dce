package com.techroute.engine.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumMap;
import java.util.Map;

/**
 * A tenant's weight for each soft factor. A factor's value lies in [0, 1] and contributes
 * {@code weight * value} to a technician's score, so weights compare directly: with SLA urgency at 4
 * and skill fit at 3, a full urgency difference outweighs a full skill-fit difference.
 *
 * @param weights a non-negative, finite weight for every factor
 */
public record FactorWeights(@JsonValue Map<FactorName, Double> weights) {

    /** Default weights, chosen so SLA risk leads, then skill, then load; fairness only breaks near-ties. */
    public static final FactorWeights DEFAULT = new FactorWeights(Map.of(
            FactorName.SKILL_FIT, 3.0,
            FactorName.WORKLOAD_HEADROOM, 2.0,
            FactorName.SLA_URGENCY, 4.0,
            FactorName.CLIENT_TIER, 1.0,
            FactorName.AFFINITY, 1.0,
            FactorName.LANGUAGE, 1.5,
            FactorName.FAIRNESS, 0.5));

    public FactorWeights {
        EnumMap<FactorName, Double> copy = new EnumMap<>(FactorName.class);
        for (FactorName name : FactorName.values()) {
            Double weight = weights.get(name);
            if (weight == null) {
                throw new IllegalArgumentException("Missing weight for factor (" + name + "). Set every factor's weight.");
            }
            if (weight < 0 || !Double.isFinite(weight)) {
                throw new IllegalArgumentException(String.format(
                        "Invalid weight (%s) for factor (%s). Use a finite number, 0 or more.", weight, name));
            }
            copy.put(name, weight);
        }
        weights = Map.copyOf(copy);
    }

    /** Creates weights from a map of every factor to its weight; JSON holds the weights as this flat map. */
    @JsonCreator
    public static FactorWeights of(Map<FactorName, Double> weights) {
        return new FactorWeights(weights);
    }

    /** Returns the weight of a factor. */
    public double of(FactorName name) {
        return weights.get(name);
    }

    /** Returns a copy with one weight changed. */
    public FactorWeights with(FactorName name, double weight) {
        EnumMap<FactorName, Double> copy = new EnumMap<>(weights);
        copy.put(name, weight);
        return new FactorWeights(copy);
    }
}
