package com.techroute.engine.calendar;

import java.time.Duration;
import java.util.Objects;

/**
 * Response and resolution targets, in working time of the policy's calendar.
 *
 * @param respondWithin working time from creation until a technician must start
 * @param resolveWithin working time from creation until the ticket must be resolved, not shorter
 *     than {@code respondWithin}
 */
public record SlaTarget(Duration respondWithin, Duration resolveWithin) {

    public SlaTarget {
        Objects.requireNonNull(respondWithin, "respondWithin must not be null");
        Objects.requireNonNull(resolveWithin, "resolveWithin must not be null");
        if (respondWithin.isNegative() || respondWithin.isZero()) {
            throw new IllegalArgumentException("SLA respond target (" + respondWithin + ") must be positive.");
        }
        if (resolveWithin.compareTo(respondWithin) < 0) {
            throw new IllegalArgumentException(String.format(
                    "SLA resolve target (%s) is shorter than the respond target (%s). Lengthen it.",
                    resolveWithin, respondWithin));
        }
    }
}
