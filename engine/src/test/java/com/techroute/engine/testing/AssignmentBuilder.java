package com.techroute.engine.testing;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import java.time.Duration;
import java.time.Instant;

/**
 * Builds assignments for tests. By default: tenant {@link Tenants#TENANT_A}, ticket {@code T-1001} of
 * {@code client-gold} to {@code tech-1}, assigned and expected to start 5 minutes after
 * {@link TicketBuilder#DEFAULT_CREATED_AT}, effort 1 hour, open, revision 0. Unless set with
 * {@link #withId}, the id is {@link Assignment#idFor} of tenant, ticket and revision.
 */
public final class AssignmentBuilder {

    private String id;
    private TenantId tenant = Tenants.TENANT_A;
    private String ticket = "T-1001";
    private String client = "client-gold";
    private String technician = "tech-1";
    private Instant assignedAt = TicketBuilder.DEFAULT_CREATED_AT.plus(Duration.ofMinutes(5));
    private Instant expectedStart;
    private Duration effort = Duration.ofHours(1);
    private AssignmentStatus status = AssignmentStatus.OPEN;
    private Instant closedAt;
    private int revision;

    private AssignmentBuilder() {
    }

    /** Starts an assignment with the defaults. */
    public static AssignmentBuilder assignment() {
        return new AssignmentBuilder();
    }

    /** Starts an assignment of the given ticket, with the other defaults. */
    public static AssignmentBuilder assignment(String ticketId) {
        return new AssignmentBuilder().withTicket(ticketId);
    }

    public AssignmentBuilder withId(String newId) {
        this.id = newId;
        return this;
    }

    public AssignmentBuilder withTenant(TenantId newTenant) {
        this.tenant = newTenant;
        return this;
    }

    public AssignmentBuilder withTicket(String ticketId) {
        this.ticket = ticketId;
        return this;
    }

    public AssignmentBuilder withClient(String clientId) {
        this.client = clientId;
        return this;
    }

    public AssignmentBuilder withTechnician(String technicianId) {
        this.technician = technicianId;
        return this;
    }

    /** Sets the assignment time; unless set separately, the expected start follows it. */
    public AssignmentBuilder withAssignedAt(Instant at) {
        this.assignedAt = at;
        return this;
    }

    public AssignmentBuilder withExpectedStart(Instant at) {
        this.expectedStart = at;
        return this;
    }

    public AssignmentBuilder withEffort(Duration newEffort) {
        this.effort = newEffort;
        return this;
    }

    /** Sets the status; {@code closedAt} may be null. */
    public AssignmentBuilder withStatus(AssignmentStatus newStatus, Instant newClosedAt) {
        this.status = newStatus;
        this.closedAt = newClosedAt;
        return this;
    }

    public AssignmentBuilder withRevision(int newRevision) {
        this.revision = newRevision;
        return this;
    }

    /** Builds the assignment; the record's own validation applies. */
    public Assignment build() {
        TicketId ticketId = TicketId.of(ticket);
        String assignmentId = id != null ? id : Assignment.idFor(tenant, ticketId, revision);
        Instant start = expectedStart != null ? expectedStart : assignedAt;
        return new Assignment(assignmentId, tenant, ticketId, ClientId.of(client), TechnicianId.of(technician),
                assignedAt, start, effort, status, closedAt, revision);
    }
}
