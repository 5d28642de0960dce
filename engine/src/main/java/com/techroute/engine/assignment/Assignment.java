package com.techroute.engine.assignment;

import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket given to a technician: the commit point of a decision.
 *
 * @param id assignment id, derived from tenant, ticket and revision so that a redelivered message maps
 *     to the same id
 * @param tenant tenant id
 * @param ticket ticket id
 * @param client client of the ticket
 * @param technician technician the ticket went to
 * @param assignedAt when it was assigned; the technician's queue is worked in this order
 * @param expectedStart when the technician was expected to start
 * @param effort estimated effort of the ticket
 * @param status current state
 * @param closedAt when it was closed or superseded, or null
 * @param revision 0 for the first assignment of the ticket, then 1, 2, ... after overrides and rebalances
 */
public record Assignment(String id, TenantId tenant, TicketId ticket, ClientId client, TechnicianId technician,
        Instant assignedAt, Instant expectedStart, Duration effort, AssignmentStatus status, Instant closedAt,
        int revision) {

    public Assignment {
        Objects.requireNonNull(id, "assignment id must not be null");
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(ticket, "ticket must not be null");
        Objects.requireNonNull(client, "client must not be null");
        Objects.requireNonNull(technician, "technician must not be null");
        Objects.requireNonNull(assignedAt, "assignedAt must not be null");
        Objects.requireNonNull(effort, "effort must not be null");
        Objects.requireNonNull(status, "status must not be null");
    }

    /** Returns the assignment id for a ticket's revision: stable across redeliveries. */
    public static String idFor(TenantId tenant, TicketId ticket, int revision) {
        return tenant.value() + "|" + ticket.value() + "|" + revision;
    }

    /** Returns a copy with another status and closing time. */
    public Assignment withStatus(AssignmentStatus newStatus, Instant at) {
        Instant closed = newStatus.isOpenWork() ? closedAt : at;
        return new Assignment(id, tenant, ticket, client, technician, assignedAt, expectedStart, effort, newStatus,
                closed, revision);
    }
}
