package com.techroute.adapters.cosmos;

import com.azure.cosmos.CosmosClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TenantStore} in Azure Cosmos DB (NoSQL API), for the Functions app.
 *
 * <p>Every container is partitioned by {@code /tenantId} and every request names the tenant's partition
 * key. An assignment is recorded in idempotent steps whose commit point is the assignment document, see
 * {@link AssignmentSteps}; read-modify-write updates use ETags with a bounded retry. Build one with
 * {@link CosmosTenantStoreBuilder}. Thread-safe.
 */
public final class CosmosTenantStore implements TenantStore {

    private static final Logger LOG = LoggerFactory.getLogger(CosmosTenantStore.class);

    private static final Comparator<Assignment> ASSIGNED_ORDER = Comparator.comparing(Assignment::assignedAt)
            .thenComparing(Assignment::id);

    private final CosmosClient client;
    private final Items items;
    private final EtagRetry retry;
    private final AssignmentSteps steps;
    private final PartitionReads partitionReads;

    CosmosTenantStore(CosmosClient client, Containers containers, MissingItemDetection missingItems,
            EtagRetry retry) {
        this.client = client;
        this.items = new Items(containers, missingItems);
        this.retry = retry;
        this.steps = new AssignmentSteps(items, retry);
        this.partitionReads = new PartitionReads(items);
        LOG.info("Opened Cosmos DB tenant store on database ({})", containers.databaseName());
    }

    /** Returns a builder for a store in Azure, signed in with Microsoft Entra ID. */
    public static CosmosTenantStoreBuilder builder() {
        return new CosmosTenantStoreBuilder();
    }

    /** Opens a store over an existing database; closes the client when that fails. */
    static CosmosTenantStore open(CosmosClient client, String databaseName, MissingItemDetection missingItems) {
        try {
            Containers containers = Containers.existing(client.getDatabase(databaseName));
            return new CosmosTenantStore(client, containers, missingItems, EtagRetry.standard());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public void saveTenant(TenantProfile profile) {
        items.upsert(StoreContainer.TENANTS, profile.id(),
                Documents.of(Kind.TENANT, profile.id(), profile.id().value(), profile));
        LOG.debug("Saved settings of tenant ({})", profile.id());
    }

    @Override
    public Optional<TenantProfile> findTenant(TenantId tenant) {
        return find(Kind.TENANT, tenant, tenant.value(), TenantProfile.class);
    }

    @Override
    public void saveTechnician(TenantId tenant, Technician technician) {
        items.upsert(StoreContainer.TECHNICIANS, tenant,
                Documents.of(Kind.TECHNICIAN, tenant, technician.id().value(), technician));
        LOG.debug("Saved technician ({}) of tenant ({})", technician.id(), tenant);
    }

    @Override
    public List<Technician> technicians(TenantId tenant) {
        return partitionReads.technicians(tenant);
    }

    @Override
    public void saveClient(TenantId tenant, Client client) {
        items.upsert(StoreContainer.CLIENTS, tenant, Documents.of(Kind.CLIENT, tenant, client.id().value(), client));
        LOG.debug("Saved client ({}) of tenant ({})", client.id(), tenant);
    }

    @Override
    public Optional<Client> findClient(TenantId tenant, ClientId client) {
        return find(Kind.CLIENT, tenant, client.value(), Client.class);
    }

    @Override
    public void saveTicket(TenantId tenant, Ticket ticket) {
        items.upsert(StoreContainer.TICKETS, tenant, Documents.of(Kind.TICKET, tenant, ticket.id().value(), ticket));
        LOG.debug("Saved ticket ({}) of tenant ({})", ticket.id(), tenant);
    }

    @Override
    public Optional<Ticket> findTicket(TenantId tenant, TicketId ticket) {
        return find(Kind.TICKET, tenant, ticket.value(), Ticket.class);
    }

    @Override
    public Assignment recordAssignment(TenantId tenant, Assignment assignment, AuditEntry audit) {
        requireTenant(tenant, assignment.tenant(), "Assignment (" + assignment.id() + ")");
        requireTenant(tenant, audit.tenant(), "Audit record (" + audit.id() + ")");
        return steps.record(tenant, assignment, audit);
    }

    @Override
    public void recordUnassigned(TenantId tenant, UnassignedTicket ticket, AuditEntry audit) {
        requireTenant(tenant, ticket.tenant(), "Unassigned ticket (" + ticket.ticket().id() + ")");
        requireTenant(tenant, audit.tenant(), "Audit record (" + audit.id() + ")");
        // NOTE: not ordered against a concurrent recordAssignment of the same ticket, which deletes this
        // entry in its own step, so that race can leave an assigned ticket queued.
        items.upsert(StoreContainer.UNASSIGNED, tenant,
                Documents.of(Kind.UNASSIGNED, tenant, ticket.ticket().id().value(), ticket));
        items.createIfAbsent(StoreContainer.AUDIT, tenant, Documents.of(Kind.AUDIT, tenant, audit.id(), audit));
        LOG.debug("Queued unassigned ticket ({}) for tenant ({})", ticket.ticket().id(), tenant);
    }

    @Override
    public List<UnassignedTicket> unassigned(TenantId tenant) {
        return partitionReads.unassigned(tenant);
    }

    @Override
    public Optional<Assignment> currentAssignment(TenantId tenant, TicketId ticket) {
        Optional<VersionedItem> pointer = steps.readPointer(tenant, ticket);
        if (pointer.isEmpty()) {
            return Optional.empty();
        }
        CurrentAssignment current = Documents.record(Kind.CURRENT_ASSIGNMENT, tenant, pointer.get().document(),
                CurrentAssignment.class);
        StoredAssignment stored = steps.find(tenant, current.assignmentId()).orElseThrow(() ->
                new IllegalStateException(String.format("Ticket (%s) of tenant (%s) points at assignment (%s),"
                        + " which is missing. Record the assignment again or delete the pointer item.",
                        ticket, tenant, current.assignmentId())));
        return Optional.of(stored.assignment());
    }

    @Override
    public List<Assignment> openAssignments(TenantId tenant) {
        // NOTE: reads every assignment of the tenant and filters here, because the local test server has
        // no SQL queries. In Azure a query on record.status, with a composite index on status and
        // assignedAt, would read only open work.
        return partitionReads.assignments(tenant).stream().filter(a -> a.status().isOpenWork())
                .sorted(ASSIGNED_ORDER).toList();
    }

    @Override
    public List<Assignment> assignmentsSince(TenantId tenant, Instant since) {
        Objects.requireNonNull(since, "since must not be null");
        // NOTE: as in openAssignments, a query on record.assignedAt would serve this in Azure.
        return partitionReads.assignments(tenant).stream().filter(a -> !a.assignedAt().isBefore(since))
                .sorted(ASSIGNED_ORDER).toList();
    }

    @Override
    public void updateAssignmentStatus(TenantId tenant, String assignmentId, AssignmentStatus status, Instant at) {
        Objects.requireNonNull(assignmentId, "assignmentId must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(at, "at must not be null");
        retry.run("status of assignment " + assignmentId, tenant, () -> tryUpdateStatus(tenant, assignmentId, status,
                at));
        LOG.debug("Set assignment ({}) of tenant ({}) to {}", assignmentId, tenant, status);
    }

    @Override
    public void appendAudit(TenantId tenant, AuditEntry entry) {
        requireTenant(tenant, entry.tenant(), "Audit record (" + entry.id() + ")");
        items.createIfAbsent(StoreContainer.AUDIT, tenant, Documents.of(Kind.AUDIT, tenant, entry.id(), entry));
        LOG.debug("Appended audit record ({}) of kind {} for tenant ({})", entry.id(), entry.kind(), tenant);
    }

    @Override
    public List<AuditEntry> audit(TenantId tenant) {
        return partitionReads.audit(tenant);
    }

    /** Closes the Cosmos DB client; calls after this fail. */
    @Override
    public void close() {
        client.close();
        LOG.info("Closed Cosmos DB tenant store");
    }

    /** Returns the recording steps, for tests that stop between steps as a crash would. */
    AssignmentSteps steps() {
        return steps;
    }

    private <T> Optional<T> find(Kind kind, TenantId tenant, String recordId, Class<T> type) {
        return items.read(kind.container(), tenant, kind.itemId(recordId))
                .map(item -> Documents.record(kind, tenant, item.document(), type));
    }

    private Optional<Assignment> tryUpdateStatus(TenantId tenant, String assignmentId, AssignmentStatus status,
            Instant at) {
        VersionedItem item = items.read(StoreContainer.ASSIGNMENTS, tenant, Kind.ASSIGNMENT.itemId(assignmentId))
                .orElseThrow(() -> new NoSuchElementException(String.format(
                        "Tenant (%s) has no assignment (%s). Check the assignment id.", tenant, assignmentId)));
        StoredAssignment stored = StoredAssignment.from(tenant, item.document());
        StoredAssignment changed = stored.withAssignment(stored.assignment().withStatus(status, at));
        ObjectNode document = changed.toDocument();
        boolean written = items.replaceIfMatch(StoreContainer.ASSIGNMENTS, tenant, document, item.etag());
        return written ? Optional.of(changed.assignment()) : Optional.empty();
    }

    private static void requireTenant(TenantId named, TenantId own, String record) {
        if (!named.equals(own)) {
            throw new TenantMismatchException(named, own, record);
        }
    }
}
