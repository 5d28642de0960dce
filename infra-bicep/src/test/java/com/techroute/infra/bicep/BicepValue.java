package com.techroute.infra.bicep;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Value of a Bicep property, variable or parameter default, as far as {@link BicepParser} reads
 * it. Object and array literals keep their structure; every other expression keeps its source.
 */
public sealed interface BicepValue {

    /** Line in the source file where the value starts, counted from 1. */
    int line();

    /** Object literal; keys in source order, quotes removed. */
    record BicepObject(Map<String, BicepValue> properties, int line) implements BicepValue {

        public BicepObject {
            properties = Map.copyOf(properties);
        }

        /** Returns the value at the path of property names, or empty when any step is missing or not an object. */
        public Optional<BicepValue> path(String... keys) {
            BicepValue current = this;
            for (String key : keys) {
                if (!(current instanceof BicepObject object) || !object.properties().containsKey(key)) {
                    return Optional.empty();
                }
                current = object.properties().get(key);
            }
            return Optional.of(current);
        }
    }

    /** Array literal. */
    record BicepArray(List<BicepValue> items, int line) implements BicepValue {

        public BicepArray {
            items = List.copyOf(items);
        }
    }

    /** String literal; {@code text} is the content between the quotes, escapes and interpolations left as written. */
    record BicepString(String text, boolean interpolated, int line) implements BicepValue {
    }

    /** Any other expression (literal number, boolean, reference, call, ternary), kept as source text. */
    record BicepExpression(String source, int line) implements BicepValue {

        /** Returns whether the expression is exactly the literal {@code true}. */
        public boolean isTrue() {
            return "true".equals(source);
        }
    }

    /** {@code [for ... in ...: body]} loop; only the body is kept. */
    record BicepLoop(String header, BicepValue body, int line) implements BicepValue {
    }
}
