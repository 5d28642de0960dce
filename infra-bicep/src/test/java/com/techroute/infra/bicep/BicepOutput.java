package com.techroute.infra.bicep;

import java.util.List;

/**
 * {@code output} statement.
 *
 * @param name       output name
 * @param decorators decorators in source order
 * @param line       line of the {@code output} keyword, counted from 1
 */
public record BicepOutput(String name, List<BicepDecorator> decorators, int line) {

    public BicepOutput {
        decorators = List.copyOf(decorators);
    }
}
