package com.techroute.engine.workload;

import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One assigned, unfinished ticket in a technician's queue.
 *
 * @param ticket ticket id
 * @param client client of the ticket
 * @param remaining working time still needed
 * @param assignedAt when it joined the queue; the queue is worked in this order
 * @param started whether the technician has begun it; started work never moves
 */
public record OpenWork(TicketId ticket, ClientId client, Duration remaining, Instant assignedAt, boolean started) {

    public OpenWork {
        Objects.requireNonNull(ticket, "ticket must not be null");
        Objects.requireNonNull(client, "client must not be null");
        Objects.requireNonNull(remaining, "remaining must not be null");
        Objects.requireNonNull(assignedAt, "assignedAt must not be null");
        if (remaining.isNegative()) {
            throw new IllegalArgumentException("Remaining effort of ticket (" + ticket + ") is negative: " + remaining);
        }
    }
}
