package com.techroute.engine.domain;

import java.util.Objects;

/**
 * A class of client, such as platinum or bronze, and how much its tickets weigh.
 *
 * @param name tier name, unique within a tenant
 * @param weight relative weight, positive; the heaviest tier of a tenant counts as 1 in scoring
 */
public record ClientTier(String name, double weight) {

    public ClientTier {
        Objects.requireNonNull(name, "tier name must not be null");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(String.format(
                    "Tier (%s) has weight (%s). Set a positive number, such as 1.0.", name, weight));
        }
    }
}
