package com.techroute.engine.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validation shared by the typed identifiers. */
final class Ids {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:@-]([A-Za-z0-9._:@ -]{0,126}[A-Za-z0-9._:@-])?");

    private Ids() {
    }

    /**
     * Checks an identifier: 1 to 128 letters, digits, spaces or {@code . _ - : @}, with no space at
     * either end.
     *
     * @throws IllegalArgumentException naming the kind of identifier and the value
     */
    static String requireValid(String kind, String value) {
        Objects.requireNonNull(value, () -> kind + " must not be null");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(String.format(
                    "Invalid %s (%s). Use 1 to 128 letters, digits, spaces or the characters . _ - : @,"
                            + " with no space at either end.", kind, value));
        }
        return value;
    }
}
