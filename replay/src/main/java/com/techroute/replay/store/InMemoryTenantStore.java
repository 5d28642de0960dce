package com.techroute.replay.store;

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
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link TenantStore} that keeps everything in memory, in maps scoped per tenant.
 *
 * <p>The replay uses it instead of the SQLite store because one replay makes hundreds of thousands of
 * store calls (every decision reads the open and recent assignments), and a database round trip per
 * call would dominate the run. Assignments are indexed by assignment time, so
 * {@link #assignmentsSince} returns a sub-map of the index instead of scanning every assignment.
 *
 * <p>Thread-safe: each call locks only the records of its own tenant, so calls for different
 * tenants never wait for one another. Nothing survives the process.
 */
public final class InMemoryTenantStore implements TenantStore {

    private final ConcurrentMap<TenantId, TenantRecords> tenants = new ConcurrentHashMap<>();

    @Override
    public void saveTenant(TenantProfile profile) {
        Objects.requireNonNull(profile, "profile must not be null");
        change(profile.id(), records -> records.saveProfile(profile));
    }

    @Override
    public Optional<TenantProfile> findTenant(TenantId tenant) {
        return read(tenant, TenantRecords::profile, Optional.empty());
    }

    @Override
    public void saveTechnician(TenantId tenant, Technician technician) {
        Objects.requireNonNull(technician, "technician must not be null");
        change(tenant, records -> records.saveTechnician(technician));
    }

    @Override
    public List<Technician> technicians(TenantId tenant) {
        return read(tenant, TenantRecords::technicians, List.of());
    }

    @Override
    public void saveClient(TenantId tenant, Client client) {
        Objects.requireNonNull(client, "client must not be null");
        change(tenant, records -> records.saveClient(client));
    }

    @Override
    public Optional<Client> findClient(TenantId tenant, ClientId client) {
        return read(tenant, records -> records.client(client), Optional.empty());
    }

    @Override
    public void saveTicket(TenantId tenant, Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket must not be null");
        change(tenant, records -> records.saveTicket(ticket));
    }

    @Override
    public Optional<Ticket> findTicket(TenantId tenant, TicketId ticket) {
        return read(tenant, records -> records.ticket(ticket), Optional.empty());
    }

    @Override
    public Assignment recordAssignment(TenantId tenant, Assignment assignment, AuditEntry audit) {
        requireTenant(tenant, assignment.tenant(), "Assignment (" + assignment.id() + ")");
        requireTenant(tenant, audit.tenant(), "Audit record (" + audit.id() + ")");
        return write(tenant, records -> records.recordAssignment(assignment, audit));
    }

    @Override
    public void recordUnassigned(TenantId tenant, UnassignedTicket ticket, AuditEntry audit) {
        requireTenant(tenant, ticket.tenant(), "Unassigned ticket (" + ticket.ticket().id() + ")");
        requireTenant(tenant, audit.tenant(), "Audit record (" + audit.id() + ")");
        change(tenant, records -> records.recordUnassigned(ticket, audit));
    }

    @Override
    public List<UnassignedTicket> unassigned(TenantId tenant) {
        return read(tenant, TenantRecords::unassigned, List.of());
    }

    @Override
    public Optional<Assignment> currentAssignment(TenantId tenant, TicketId ticket) {
        return read(tenant, records -> records.currentAssignment(ticket), Optional.empty());
    }

    @Override
    public List<Assignment> openAssignments(TenantId tenant) {
        return read(tenant, TenantRecords::openAssignments, List.of());
    }

    @Override
    public List<Assignment> assignmentsSince(TenantId tenant, Instant since) {
        Objects.requireNonNull(since, "since must not be null");
        return read(tenant, records -> records.assignmentsSince(since), List.of());
    }

    /**
     * {@inheritDoc}
     *
     * @throws java.util.NoSuchElementException naming the assignment id and the tenant when the tenant has
     *     no assignment of that id
     */
    @Override
    public void updateAssignmentStatus(TenantId tenant, String assignmentId, AssignmentStatus status, Instant at) {
        Objects.requireNonNull(assignmentId, "assignment id must not be null");
        Objects.requireNonNull(status, "status must not be null");
        change(tenant, records -> records.updateStatus(tenant, assignmentId, status, at));
    }

    @Override
    public void appendAudit(TenantId tenant, AuditEntry entry) {
        requireTenant(tenant, entry.tenant(), "Audit record (" + entry.id() + ")");
        change(tenant, records -> records.appendAudit(entry));
    }

    @Override
    public List<AuditEntry> audit(TenantId tenant) {
        return read(tenant, TenantRecords::audit, List.of());
    }

    private <T> T write(TenantId tenant, Function<TenantRecords, T> change) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        TenantRecords records = tenants.computeIfAbsent(tenant, id -> new TenantRecords());
        synchronized (records) {
            return change.apply(records);
        }
    }

    private void change(TenantId tenant, Consumer<TenantRecords> change) {
        write(tenant, records -> {
            change.accept(records);
            return null;
        });
    }

    private <T> T read(TenantId tenant, Function<TenantRecords, T> query, T whenUnknown) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        TenantRecords records = tenants.get(tenant);
        if (records == null) {
            return whenUnknown;
        }
        synchronized (records) {
            return query.apply(records);
        }
    }

    private static void requireTenant(TenantId expected, TenantId actual, String recordName) {
        Objects.requireNonNull(expected, "tenant must not be null");
        if (!expected.equals(actual)) {
            throw new TenantMismatchException(expected, actual, recordName);
        }
    }
}
