package com.techroute.adapters.cosmos;

import com.azure.cosmos.models.CosmosPatchOperations;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an assignment in steps, because Cosmos DB has no transaction across containers. Each step is
 * idempotent and keyed by the assignment id:
 *
 * <ol>
 *   <li>create the assignment document, holding the audit record too: the commit point;</li>
 *   <li>create the audit record, from the stored document;</li>
 *   <li>delete the ticket from the unassigned queue;</li>
 *   <li>move the ticket's current-assignment pointer forward, if this assignment is later;</li>
 *   <li>mark the steps complete in the assignment document.</li>
 * </ol>
 *
 * <p>When step 1 finds the assignment already there, the steps after it run again from the stored
 * document unless it is marked complete, so a message redelivered after a crash finishes the work and
 * writes the first call's audit record, never its own.
 */
final class AssignmentSteps {

    private static final Logger LOG = LoggerFactory.getLogger(AssignmentSteps.class);

    private final Items items;
    private final EtagRetry retry;

    AssignmentSteps(Items items, EtagRetry retry) {
        this.items = items;
        this.retry = retry;
    }

    /** Runs the steps and returns the stored assignment: the given one, or one recorded earlier. */
    Assignment record(TenantId tenant, Assignment assignment, AuditEntry audit) {
        StoredAssignment stored = commit(tenant, assignment, audit);
        if (stored.stepsComplete()) {
            LOG.debug("Assignment ({}) of tenant ({}) was already recorded; returning the stored one",
                    assignment.id(), tenant);
            return stored.assignment();
        }
        completeSteps(tenant, stored);
        return stored.assignment();
    }

    /** Step 1: creates the assignment document, or returns the stored one when the id is taken. */
    StoredAssignment commit(TenantId tenant, Assignment assignment, AuditEntry audit) {
        StoredAssignment pending = StoredAssignment.pending(assignment, audit);
        if (items.createIfAbsent(StoreContainer.ASSIGNMENTS, tenant, pending.toDocument())) {
            LOG.debug("Committed assignment ({}) of ticket ({}) to technician ({}) for tenant ({})", assignment.id(),
                    assignment.ticket(), assignment.technician(), tenant);
            return pending;
        }
        return find(tenant, assignment.id()).orElseThrow(() -> new CosmosStoreException(String.format(
                "Assignment (%s) of tenant (%s) was reported as existing but could not be read back. Retry the"
                        + " operation.", assignment.id(), tenant), 0, null));
    }

    /** Steps 2 to 5, for an assignment document that step 1 stored. */
    void completeSteps(TenantId tenant, StoredAssignment stored) {
        writeAudit(tenant, stored);
        leaveQueue(tenant, stored.assignment().ticket());
        advancePointer(tenant, stored.assignment());
        markComplete(tenant, stored.assignment().id());
        LOG.debug("Completed the steps of assignment ({}) for tenant ({})", stored.assignment().id(), tenant);
    }

    /** Step 2: creates the audit record that the assignment was committed with, unless it is already there. */
    void writeAudit(TenantId tenant, StoredAssignment stored) {
        AuditEntry audit = stored.commitAudit();
        items.createIfAbsent(StoreContainer.AUDIT, tenant, Documents.of(Kind.AUDIT, tenant, audit.id(), audit));
    }

    /** Step 3: deletes the ticket from the unassigned queue, if it is there. */
    void leaveQueue(TenantId tenant, TicketId ticket) {
        items.deleteIfPresent(StoreContainer.UNASSIGNED, tenant, Kind.UNASSIGNED.itemId(ticket.value()));
    }

    /** Step 4: points the ticket at this assignment unless it already points at a later one. */
    void advancePointer(TenantId tenant, Assignment assignment) {
        retry.run("pointer of ticket " + assignment.ticket(), tenant,
                () -> writePointer(tenant, assignment, readPointer(tenant, assignment.ticket())));
    }

    /** Step 5: marks the assignment document complete, so a redelivery returns at once. */
    void markComplete(TenantId tenant, String assignmentId) {
        items.patch(StoreContainer.ASSIGNMENTS, tenant, Kind.ASSIGNMENT.itemId(assignmentId),
                CosmosPatchOperations.create().set("/" + StoredAssignment.STEPS_COMPLETE, true));
    }

    /** Reads the ticket's pointer with its ETag. */
    Optional<VersionedItem> readPointer(TenantId tenant, TicketId ticket) {
        return items.read(StoreContainer.TICKETS, tenant, Kind.CURRENT_ASSIGNMENT.itemId(ticket.value()));
    }

    /**
     * Writes the pointer based on what {@link #readPointer} returned: creates it when there was none, or
     * replaces it with If-Match when this assignment is later. Returns true when it wrote, false when the
     * pointer already names a later assignment, and empty when another writer got there first.
     */
    Optional<Boolean> writePointer(TenantId tenant, Assignment assignment, Optional<VersionedItem> seen) {
        CurrentAssignment next = CurrentAssignment.of(assignment);
        ObjectNode document = Documents.of(Kind.CURRENT_ASSIGNMENT, tenant, assignment.ticket().value(), next);
        if (seen.isEmpty()) {
            boolean created = items.createIfAbsent(StoreContainer.TICKETS, tenant, document);
            return created ? Optional.of(true) : Optional.empty();
        }
        CurrentAssignment current = Documents.record(Kind.CURRENT_ASSIGNMENT, tenant, seen.get().document(),
                CurrentAssignment.class);
        if (!current.isSupersededBy(next)) {
            return Optional.of(false);
        }
        boolean replaced = items.replaceIfMatch(StoreContainer.TICKETS, tenant, document, seen.get().etag());
        return replaced ? Optional.of(true) : Optional.empty();
    }

    /** Reads an assignment document, or returns empty when the tenant has none of that id. */
    Optional<StoredAssignment> find(TenantId tenant, String assignmentId) {
        return items.read(StoreContainer.ASSIGNMENTS, tenant, Kind.ASSIGNMENT.itemId(assignmentId))
                .map(item -> StoredAssignment.from(tenant, item.document()));
    }
}
