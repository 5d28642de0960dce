package com.techroute.engine.port;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.UnassignedTicket;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.tenant.TenantProfile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of tenants' technicians, clients, tickets, assignments and audit records.
 *
 * <p>Every call names its tenant, and an implementation reads and writes only that tenant's records: a
 * record whose own tenant differs from the one named is rejected with {@link TenantMismatchException}.
 * Writes of the same record are idempotent, because messages may be delivered more than once.
 * Workload is never stored; it is derived from open assignments.
 */
public interface TenantStore extends AutoCloseable {

    /** Creates or replaces a tenant's settings. */
    void saveTenant(TenantProfile profile);

    /** Returns a tenant's settings, or empty when the tenant is unknown. */
    Optional<TenantProfile> findTenant(TenantId tenant);

    /** Creates or replaces a technician. */
    void saveTechnician(TenantId tenant, Technician technician);

    /** Returns all technicians of a tenant, in id order. */
    List<Technician> technicians(TenantId tenant);

    /** Creates or replaces a client. */
    void saveClient(TenantId tenant, Client client);

    /** Returns a client, or empty when the tenant has none of that id. */
    Optional<Client> findClient(TenantId tenant, ClientId client);

    /** Creates or replaces a ticket. */
    void saveTicket(TenantId tenant, Ticket ticket);

    /** Returns a ticket, or empty when the tenant has none of that id. */
    Optional<Ticket> findTicket(TenantId tenant, TicketId ticket);

    /**
     * Records an assignment and its audit record as one step, and takes the ticket off the unassigned
     * queue. When an assignment of the same id already exists, nothing changes and the stored one is
     * returned, so a redelivered message yields exactly one assignment.
     *
     * @return the stored assignment: the given one, or the one recorded earlier with the same id
     * @throws TenantMismatchException when the assignment or audit record belongs to another tenant
     */
    Assignment recordAssignment(TenantId tenant, Assignment assignment, AuditEntry audit);

    /**
     * Puts a ticket on the unassigned queue with its audit record as one step. Repeating it replaces
     * the queued entry and keeps one audit record per audit id.
     */
    void recordUnassigned(TenantId tenant, UnassignedTicket ticket, AuditEntry audit);

    /** Returns the tenant's unassigned queue, oldest first. */
    List<UnassignedTicket> unassigned(TenantId tenant);

    /** Returns the latest assignment of a ticket, whatever its status, or empty when it has none. */
    Optional<Assignment> currentAssignment(TenantId tenant, TicketId ticket);

    /** Returns the tenant's open and started assignments, in the order they were assigned. */
    List<Assignment> openAssignments(TenantId tenant);

    /** Returns the tenant's assignments made at or after {@code since}, whatever their status. */
    List<Assignment> assignmentsSince(TenantId tenant, Instant since);

    /**
     * Changes an assignment's status, such as to started or closed.
     *
     * @throws java.util.NoSuchElementException when the tenant has no assignment of that id
     */
    void updateAssignmentStatus(TenantId tenant, String assignmentId, AssignmentStatus status, Instant at);

    /** Appends an audit record; an id already present is kept as it is. */
    void appendAudit(TenantId tenant, AuditEntry entry);

    /** Returns the tenant's audit trail, oldest first. */
    List<AuditEntry> audit(TenantId tenant);

    /** Releases connections; the default does nothing. */
    @Override
    default void close() {
    }

    /** A record passed for one tenant belongs to another. */
    final class TenantMismatchException extends IllegalArgumentException {
        public TenantMismatchException(TenantId expected, TenantId actual, String what) {
            super(String.format("%s belongs to tenant (%s), not to tenant (%s). Pass it under its own tenant.",
                    what, actual, expected));
        }
    }
}
