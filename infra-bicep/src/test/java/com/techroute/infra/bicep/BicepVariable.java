package com.techroute.infra.bicep;

/**
 * {@code var} statement.
 *
 * @param name  variable name
 * @param value assigned value
 * @param line  line of the {@code var} keyword, counted from 1
 */
public record BicepVariable(String name, BicepValue value, int line) {
}
