package com.techroute.engine.decision;

/**
 * One factor's part in a technician's score.
 *
 * @param factor the factor
 * @param value its value, in [0, 1]
 * @param weight the tenant's weight for it
 * @param contribution {@code weight * value}
 */
public record FactorContribution(FactorName factor, double value, double weight, double contribution) {
}
