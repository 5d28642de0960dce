package com.techroute.engine.assignment;

import com.techroute.engine.decision.Decision;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket nobody could take, waiting in the unassigned queue with the reasons.
 *
 * @param tenant tenant id
 * @param ticket the ticket
 * @param decision the decision, with exclusion counts and the closest candidates
 * @param queuedAt when it joined the queue
 */
public record UnassignedTicket(TenantId tenant, Ticket ticket, Decision decision, Instant queuedAt) {

    public UnassignedTicket {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(ticket, "ticket must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(queuedAt, "queuedAt must not be null");
    }
}
