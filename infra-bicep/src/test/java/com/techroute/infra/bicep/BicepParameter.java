package com.techroute.infra.bicep;

import java.util.List;
import java.util.Optional;

/**
 * {@code param} statement.
 *
 * @param name         parameter name
 * @param type         type expression as written; empty in bicepparam files
 * @param decorators   decorators in source order
 * @param defaultValue default value (the assigned value in bicepparam files), or null
 * @param line         line of the {@code param} keyword, counted from 1
 */
public record BicepParameter(String name, String type, List<BicepDecorator> decorators, BicepValue defaultValue, int line) {

    public BicepParameter {
        decorators = List.copyOf(decorators);
    }

    /** Returns the decorator with this name. */
    public Optional<BicepDecorator> decorator(String decoratorName) {
        return decorators.stream().filter(d -> d.name().equals(decoratorName)).findFirst();
    }

    /** Returns whether the parameter carries {@code @secure()}. */
    public boolean isSecure() {
        return decorator("secure").isPresent();
    }
}
