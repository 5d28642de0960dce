package com.techroute.functions;

import com.techroute.adapters.sqlite.SqliteStoreException;
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
import java.util.Optional;

/**
 * A real SQLite store whose writes can be made to fail, as a store that is briefly unreachable does.
 * Reads always work.
 */
final class FlakyStore implements TenantStore {

    private final TenantStore store;
    private volatile boolean writesFail;
    private volatile Runnable beforeNextCurrentAssignment;

    FlakyStore(TenantStore store) {
        this.store = store;
    }

    void failWrites(boolean fail) {
        writesFail = fail;
    }

    /** Runs an action once, just before the next read of a ticket's current assignment. */
    void beforeNextCurrentAssignment(Runnable action) {
        beforeNextCurrentAssignment = action;
    }

    private void maybeFail(String what) {
        if (writesFail) {
            throw new SqliteStoreException("Failed to " + what + ": database is locked (test)");
        }
    }

    @Override
    public void saveTenant(TenantProfile profile) {
        maybeFail("save tenant");
        store.saveTenant(profile);
    }

    @Override
    public Optional<TenantProfile> findTenant(TenantId tenant) {
        return store.findTenant(tenant);
    }

    @Override
    public void saveTechnician(TenantId tenant, Technician technician) {
        maybeFail("save technician");
        store.saveTechnician(tenant, technician);
    }

    @Override
    public List<Technician> technicians(TenantId tenant) {
        return store.technicians(tenant);
    }

    @Override
    public void saveClient(TenantId tenant, Client client) {
        maybeFail("save client");
        store.saveClient(tenant, client);
    }

    @Override
    public Optional<Client> findClient(TenantId tenant, ClientId client) {
        return store.findClient(tenant, client);
    }

    @Override
    public void saveTicket(TenantId tenant, Ticket ticket) {
        maybeFail("save ticket");
        store.saveTicket(tenant, ticket);
    }

    @Override
    public Optional<Ticket> findTicket(TenantId tenant, TicketId ticket) {
        return store.findTicket(tenant, ticket);
    }

    @Override
    public Assignment recordAssignment(TenantId tenant, Assignment assignment, AuditEntry audit) {
        maybeFail("record assignment");
        return store.recordAssignment(tenant, assignment, audit);
    }

    @Override
    public void recordUnassigned(TenantId tenant, UnassignedTicket ticket, AuditEntry audit) {
        maybeFail("record unassigned ticket");
        store.recordUnassigned(tenant, ticket, audit);
    }

    @Override
    public List<UnassignedTicket> unassigned(TenantId tenant) {
        return store.unassigned(tenant);
    }

    @Override
    public Optional<Assignment> currentAssignment(TenantId tenant, TicketId ticket) {
        Runnable action = beforeNextCurrentAssignment;
        if (action != null) {
            beforeNextCurrentAssignment = null;
            action.run();
        }
        return store.currentAssignment(tenant, ticket);
    }

    @Override
    public List<Assignment> openAssignments(TenantId tenant) {
        return store.openAssignments(tenant);
    }

    @Override
    public List<Assignment> assignmentsSince(TenantId tenant, Instant since) {
        return store.assignmentsSince(tenant, since);
    }

    @Override
    public void updateAssignmentStatus(TenantId tenant, String assignmentId, AssignmentStatus status, Instant at) {
        maybeFail("update assignment status");
        store.updateAssignmentStatus(tenant, assignmentId, status, at);
    }

    @Override
    public void appendAudit(TenantId tenant, AuditEntry entry) {
        maybeFail("append audit");
        store.appendAudit(tenant, entry);
    }

    @Override
    public List<AuditEntry> audit(TenantId tenant) {
        return store.audit(tenant);
    }

    @Override
    public void close() {
        store.close();
    }
}
