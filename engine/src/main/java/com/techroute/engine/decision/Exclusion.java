package com.techroute.engine.decision;

import java.util.Objects;

/**
 * One hard constraint a technician failed, with what exactly is lacking.
 *
 * @param reason the constraint
 * @param detail what is lacking, such as {@code "exchange level 2, needs 3"}
 */
public record Exclusion(ExclusionReason reason, String detail) {

    public Exclusion {
        Objects.requireNonNull(reason, "reason must not be null");
        detail = detail == null ? "" : detail;
    }
}
