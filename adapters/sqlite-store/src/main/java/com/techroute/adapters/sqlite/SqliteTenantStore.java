package com.techroute.adapters.sqlite;

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
import com.techroute.engine.json.EngineJson;
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TenantStore} in one SQLite file, for the local runner, replays and tests.
 *
 * <p>Every table is keyed by tenant id first. An assignment, the removal of its ticket from the unassigned
 * queue and its audit record are written in one transaction. Writes from the threads of one store are
 * serialized, reads run in parallel, and several processes may open the same file. Thread-safe.
 */
public final class SqliteTenantStore implements TenantStore {

    /** How long a write waits for another process's lock before it fails, unless set at open. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(SqliteTenantStore.class);

    private final StoreConnections db;

    private SqliteTenantStore(StoreConnections db) {
        this.db = db;
    }

    /**
     * Opens a store file, creating it and its folder when missing, and brings its schema up to date.
     *
     * @throws SqliteStoreException naming the file when it is a folder, is not writable, is not a SQLite
     *     database, was made by another application, or has a schema newer than this build
     */
    public static SqliteTenantStore open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /**
     * Opens a store file, as {@link #open(Path)} does, with the given busy timeout.
     *
     * @param busyTimeout how long a write waits for another process's lock, from 0 to about 24 days
     * @throws SqliteStoreException as {@link #open(Path)} does
     */
    public static SqliteTenantStore open(Path file, Duration busyTimeout) {
        Objects.requireNonNull(file, "store file must not be null");
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(String.format(
                    "Invalid busy timeout (%s). Use 0 to %d milliseconds.", busyTimeout, Integer.MAX_VALUE));
        }
        Path path = StoreFiles.prepare(file);
        StoreConnections db = StoreConnections.open(path, busyTimeout);
        try {
            int version = db.onWriter(new SchemaMigrator(path, Migrations.ALL)::migrate);
            LOG.info("Opened store file ({}) at schema version {}", path, version);
            return new SqliteTenantStore(db);
        } catch (SQLException e) {
            db.close();
            throw StoreFiles.openFailure(path, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Returns the absolute path of the store file. */
    public Path file() {
        return db.file();
    }

    @Override
    public void saveTenant(TenantProfile profile) {
        db.write("save tenant", profile.id(), connection -> Rows.update(connection,
                "INSERT INTO tenants (tenant_id, body) VALUES (?, ?)"
                        + " ON CONFLICT (tenant_id) DO UPDATE SET body = excluded.body",
                profile.id().value(), EngineJson.write(profile)));
        LOG.debug("Saved settings of tenant ({})", profile.id());
    }

    @Override
    public Optional<TenantProfile> findTenant(TenantId tenant) {
        return db.read("read tenant", tenant, connection -> Rows.first(connection,
                "SELECT body FROM tenants WHERE tenant_id = ?",
                row -> Rows.parse("tenants", tenant, tenant.value(), row.getString(1), TenantProfile.class),
                tenant.value()));
    }

    @Override
    public void saveTechnician(TenantId tenant, Technician technician) {
        db.write("save technician " + technician.id(), tenant, connection -> {
            RecordTable.TECHNICIANS.upsert(connection, tenant, technician.id().value(), technician);
            return null;
        });
        LOG.debug("Saved technician ({}) of tenant ({})", technician.id(), tenant);
    }

    @Override
    public List<Technician> technicians(TenantId tenant) {
        return db.read("read technicians", tenant,
                connection -> RecordTable.TECHNICIANS.list(connection, tenant, Technician.class));
    }

    @Override
    public void saveClient(TenantId tenant, Client client) {
        db.write("save client " + client.id(), tenant, connection -> {
            RecordTable.CLIENTS.upsert(connection, tenant, client.id().value(), client);
            return null;
        });
        LOG.debug("Saved client ({}) of tenant ({})", client.id(), tenant);
    }

    @Override
    public Optional<Client> findClient(TenantId tenant, ClientId client) {
        return db.read("read client " + client, tenant,
                connection -> RecordTable.CLIENTS.find(connection, tenant, client.value(), Client.class));
    }

    @Override
    public void saveTicket(TenantId tenant, Ticket ticket) {
        db.write("save ticket " + ticket.id(), tenant, connection -> {
            RecordTable.TICKETS.upsert(connection, tenant, ticket.id().value(), ticket);
            return null;
        });
        LOG.debug("Saved ticket ({}) of tenant ({})", ticket.id(), tenant);
    }

    @Override
    public Optional<Ticket> findTicket(TenantId tenant, TicketId ticket) {
        return db.read("read ticket " + ticket, tenant,
                connection -> RecordTable.TICKETS.find(connection, tenant, ticket.value(), Ticket.class));
    }

    @Override
    public Assignment recordAssignment(TenantId tenant, Assignment assignment, AuditEntry audit) {
        requireTenant(tenant, assignment.tenant(), "Assignment (" + assignment.id() + ")");
        requireTenant(tenant, audit.tenant(), "Audit record (" + audit.id() + ")");
        return db.write("record assignment " + assignment.id(), tenant, connection -> {
            if (!AssignmentRows.insertIfAbsent(connection, assignment)) {
                LOG.debug("Assignment ({}) of tenant ({}) was already recorded; returning the stored one",
                        assignment.id(), tenant);
                return AssignmentRows.find(connection, tenant, assignment.id()).orElseThrow();
            }
            QueueRows.remove(connection, tenant, assignment.ticket());
            AuditRows.insertIfAbsent(connection, audit);
            LOG.debug("Recorded assignment ({}) of ticket ({}) to technician ({}) for tenant ({})",
                    assignment.id(), assignment.ticket(), assignment.technician(), tenant);
            return assignment;
        });
    }

    @Override
    public void recordUnassigned(TenantId tenant, UnassignedTicket ticket, AuditEntry audit) {
        requireTenant(tenant, ticket.tenant(), "Unassigned ticket (" + ticket.ticket().id() + ")");
        requireTenant(tenant, audit.tenant(), "Audit record (" + audit.id() + ")");
        db.write("queue unassigned ticket " + ticket.ticket().id(), tenant, connection -> {
            QueueRows.upsert(connection, ticket);
            AuditRows.insertIfAbsent(connection, audit);
            return null;
        });
        LOG.debug("Queued unassigned ticket ({}) for tenant ({})", ticket.ticket().id(), tenant);
    }

    @Override
    public List<UnassignedTicket> unassigned(TenantId tenant) {
        return db.read("read unassigned queue", tenant, connection -> QueueRows.list(connection, tenant));
    }

    @Override
    public Optional<Assignment> currentAssignment(TenantId tenant, TicketId ticket) {
        return db.read("read assignment of ticket " + ticket, tenant,
                connection -> AssignmentRows.latestOf(connection, tenant, ticket));
    }

    @Override
    public List<Assignment> openAssignments(TenantId tenant) {
        return db.read("read open assignments", tenant, connection -> AssignmentRows.open(connection, tenant));
    }

    @Override
    public List<Assignment> assignmentsSince(TenantId tenant, Instant since) {
        Objects.requireNonNull(since, "since must not be null");
        return db.read("read assignments since " + since, tenant,
                connection -> AssignmentRows.since(connection, tenant, since));
    }

    @Override
    public void updateAssignmentStatus(TenantId tenant, String assignmentId, AssignmentStatus status, Instant at) {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(at, "at must not be null");
        db.write("update status of assignment " + assignmentId, tenant, connection -> {
            Assignment stored = AssignmentRows.find(connection, tenant, assignmentId)
                    .orElseThrow(() -> new NoSuchElementException(String.format(
                            "Tenant (%s) has no assignment (%s). Check the assignment id.", tenant, assignmentId)));
            return AssignmentRows.replace(connection, stored.withStatus(status, at));
        });
        LOG.debug("Set assignment ({}) of tenant ({}) to {}", assignmentId, tenant, status);
    }

    @Override
    public void appendAudit(TenantId tenant, AuditEntry entry) {
        requireTenant(tenant, entry.tenant(), "Audit record (" + entry.id() + ")");
        db.write("append audit record " + entry.id(), tenant, connection -> AuditRows.insertIfAbsent(connection, entry));
        LOG.debug("Appended audit record ({}) of kind {} for tenant ({})", entry.id(), entry.kind(), tenant);
    }

    @Override
    public List<AuditEntry> audit(TenantId tenant) {
        return db.read("read audit trail", tenant, connection -> AuditRows.list(connection, tenant));
    }

    /** Closes the store's connections; calls after this throw {@link IllegalStateException}. */
    @Override
    public void close() {
        db.close();
    }

    private static void requireTenant(TenantId named, TenantId own, String record) {
        if (!named.equals(own)) {
            throw new TenantMismatchException(named, own, record);
        }
    }
}
