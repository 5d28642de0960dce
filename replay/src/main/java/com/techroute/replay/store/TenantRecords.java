package com.techroute.replay.store;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.UnassignedTicket;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.tenant.TenantProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One tenant's records in {@link InMemoryTenantStore}. Not thread-safe: the store synchronizes on this
 * object around every call.
 */
final class TenantRecords {

    private static final Comparator<Assignment> NEWEST_REVISION = Comparator.comparingInt(Assignment::revision)
            .thenComparing(Assignment::assignedAt);

    private TenantProfile profile;
    private final TreeMap<TechnicianId, Technician> technicians = new TreeMap<>();
    private List<Technician> technicianList = List.of();
    private final Map<ClientId, Client> clients = new HashMap<>();
    private final Map<TicketId, Ticket> tickets = new HashMap<>();
    private final Map<String, Assignment> assignmentsById = new HashMap<>();
    private final Map<TicketId, String> currentIdByTicket = new HashMap<>();
    private final TreeMap<AssignedKey, Assignment> byAssignedAt = new TreeMap<>();
    private final TreeMap<AssignedKey, Assignment> open = new TreeMap<>();
    private final Map<TicketId, UnassignedTicket> unassigned = new LinkedHashMap<>();
    private final Map<String, AuditEntry> auditById = new HashMap<>();
    private final List<AuditEntry> auditTrail = new ArrayList<>();

    void saveProfile(TenantProfile newProfile) {
        profile = newProfile;
    }

    Optional<TenantProfile> profile() {
        return Optional.ofNullable(profile);
    }

    void saveTechnician(Technician technician) {
        technicians.put(technician.id(), technician);
        technicianList = List.copyOf(technicians.values());
    }

    List<Technician> technicians() {
        return technicianList;
    }

    void saveClient(Client client) {
        clients.put(client.id(), client);
    }

    Optional<Client> client(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    void saveTicket(Ticket ticket) {
        tickets.put(ticket.id(), ticket);
    }

    Optional<Ticket> ticket(TicketId id) {
        return Optional.ofNullable(tickets.get(id));
    }

    Assignment recordAssignment(Assignment assignment, AuditEntry audit) {
        Assignment existing = assignmentsById.get(assignment.id());
        if (existing != null) {
            return existing;
        }
        put(assignment);
        String currentId = currentIdByTicket.get(assignment.ticket());
        if (currentId == null || NEWEST_REVISION.compare(assignment, assignmentsById.get(currentId)) > 0) {
            currentIdByTicket.put(assignment.ticket(), assignment.id());
        }
        appendAudit(audit);
        unassigned.remove(assignment.ticket());
        return assignment;
    }

    void recordUnassigned(UnassignedTicket ticket, AuditEntry audit) {
        unassigned.put(ticket.ticket().id(), ticket);
        appendAudit(audit);
    }

    List<UnassignedTicket> unassigned() {
        List<UnassignedTicket> queue = new ArrayList<>(unassigned.values());
        queue.sort(Comparator.comparing(UnassignedTicket::queuedAt).thenComparing(entry -> entry.ticket().id()));
        return queue;
    }

    Optional<Assignment> currentAssignment(TicketId ticket) {
        String id = currentIdByTicket.get(ticket);
        return id == null ? Optional.empty() : Optional.of(assignmentsById.get(id));
    }

    List<Assignment> openAssignments() {
        return List.copyOf(open.values());
    }

    List<Assignment> assignmentsSince(Instant since) {
        NavigableMap<AssignedKey, Assignment> tail = byAssignedAt.tailMap(AssignedKey.first(since), true);
        return List.copyOf(tail.values());
    }

    void updateStatus(TenantId tenant, String assignmentId, AssignmentStatus status, Instant at) {
        Assignment existing = assignmentsById.get(assignmentId);
        if (existing == null) {
            throw new NoSuchElementException(String.format(
                    "Assignment (%s) not found in tenant (%s). Record the assignment before changing its status.",
                    assignmentId, tenant));
        }
        put(existing.withStatus(status, at));
    }

    void appendAudit(AuditEntry entry) {
        if (auditById.putIfAbsent(entry.id(), entry) == null) {
            auditTrail.add(entry);
        }
    }

    /** Returns the audit trail oldest first; records of the same time stay in the order they came. */
    List<AuditEntry> audit() {
        List<AuditEntry> trail = new ArrayList<>(auditTrail);
        trail.sort(Comparator.comparing(AuditEntry::at));
        return trail;
    }

    /** Stores an assignment under its id and in both time indexes, replacing an earlier version. */
    private void put(Assignment assignment) {
        AssignedKey key = AssignedKey.of(assignment);
        assignmentsById.put(assignment.id(), assignment);
        byAssignedAt.put(key, assignment);
        if (assignment.status().isOpenWork()) {
            open.put(key, assignment);
        } else {
            open.remove(key);
        }
    }

    /** Index key: assignment time, then assignment id, so two assignments made at once both stay. */
    private record AssignedKey(Instant assignedAt, String id) implements Comparable<AssignedKey> {

        static AssignedKey of(Assignment assignment) {
            return new AssignedKey(assignment.assignedAt(), assignment.id());
        }

        /** Returns the smallest key at an instant: the empty id sorts before every real id. */
        static AssignedKey first(Instant at) {
            return new AssignedKey(at, "");
        }

        @Override
        public int compareTo(AssignedKey other) {
            int byTime = assignedAt.compareTo(other.assignedAt);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }
}
