package com.techroute.infra.bicep;

import java.nio.file.Path;

/**
 * One breach of a {@link BicepPolicy} rule.
 *
 * @param rule    name of the rule, one of the {@code BicepPolicy} constants
 * @param file    file the breach is in
 * @param line    line of the statement at fault, counted from 1
 * @param message what is wrong, on which name, and how to fix it
 */
public record PolicyViolation(String rule, Path file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + " [" + rule + "] " + message;
    }
}
