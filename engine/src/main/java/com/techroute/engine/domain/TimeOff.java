package com.techroute.engine.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A period a technician is away (leave, sickness, training), as a half-open interval.
 *
 * @param start first instant away
 * @param end first instant back, after {@code start}
 * @param reason free text for the dispatcher, or null
 */
public record TimeOff(Instant start, Instant end, String reason) {

    public TimeOff {
        Objects.requireNonNull(start, "time off start must not be null");
        Objects.requireNonNull(end, "time off end must not be null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(String.format(
                    "Time off ends (%s) before it starts (%s). Swap the two times.", end, start));
        }
    }

    /** Returns whether the instant falls inside this time off. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
