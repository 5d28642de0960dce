package com.techroute.engine.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * When a ticket must be responded to and resolved.
 *
 * @param respondBy latest start of work without breaching the SLA
 * @param resolveBy latest resolution without breaching the SLA
 */
public record SlaDeadlines(Instant respondBy, Instant resolveBy) {

    public SlaDeadlines {
        Objects.requireNonNull(respondBy, "respondBy must not be null");
        Objects.requireNonNull(resolveBy, "resolveBy must not be null");
    }
}
