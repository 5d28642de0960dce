package com.techroute.engine.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)}.
 *
 * @param start first instant inside
 * @param end first instant after, not before {@code start}
 */
public record TimeInterval(Instant start, Instant end) {

    public TimeInterval {
        Objects.requireNonNull(start, "interval start must not be null");
        Objects.requireNonNull(end, "interval end must not be null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(String.format("Interval ends (%s) before it starts (%s).", end, start));
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
