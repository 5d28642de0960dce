package com.techroute.infra.bicep;

import com.techroute.infra.bicep.BicepValue.BicepObject;
import com.techroute.infra.bicep.BicepValue.BicepString;
import java.util.Optional;

/**
 * {@code resource} statement.
 *
 * @param symbol     symbolic name
 * @param type       resource type, such as {@code Microsoft.Web/sites/config}
 * @param apiVersion API version after the {@code @}
 * @param existing   whether the statement only references an existing resource
 * @param body       the resource body; for a loop, the body of one iteration
 * @param line       line of the {@code resource} keyword, counted from 1
 */
public record BicepResource(String symbol, String type, String apiVersion, boolean existing, BicepValue body, int line) {

    /** Returns the body when it is an object literal. */
    public Optional<BicepObject> bodyObject() {
        return body instanceof BicepObject object ? Optional.of(object) : Optional.empty();
    }

    /** Returns the value at the path of property names inside the body. */
    public Optional<BicepValue> path(String... keys) {
        return bodyObject().flatMap(object -> object.path(keys));
    }

    /** Returns the {@code name} property when it is a plain string literal. */
    public Optional<String> literalName() {
        return path("name")
                .filter(value -> value instanceof BicepString string && !string.interpolated())
                .map(value -> ((BicepString) value).text());
    }
}
