package com.techroute.adapters.sqlite;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.json.EngineJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code assignments} table: each assignment as JSON, with its ticket, technician, status, time and
 * revision copied into columns for the queries.
 */
final class AssignmentRows {

    private static final String TABLE = "assignments";
    private static final String SELECT = "SELECT assignment_id, body FROM assignments WHERE tenant_id = ?";

    private AssignmentRows() {
    }

    /** Inserts the assignment unless its tenant already has one of the same id, and returns whether it did. */
    static boolean insertIfAbsent(Connection connection, Assignment assignment) throws SQLException {
        return Rows.update(connection, "INSERT INTO assignments (tenant_id, assignment_id, ticket_id, technician_id,"
                + " status, assigned_at, revision, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, assignment_id) DO NOTHING",
                assignment.tenant().value(), assignment.id(), assignment.ticket().value(),
                assignment.technician().value(), assignment.status().name(),
                SqlTime.format(assignment.assignedAt(), "assignedAt of assignment " + assignment.id()),
                assignment.revision(), EngineJson.write(assignment)) == 1;
    }

    /** Replaces the stored assignment of the same tenant and id, and returns whether one was there. */
    static boolean replace(Connection connection, Assignment assignment) throws SQLException {
        return Rows.update(connection, "UPDATE assignments SET status = ?, body = ?"
                + " WHERE tenant_id = ? AND assignment_id = ?", assignment.status().name(),
                EngineJson.write(assignment), assignment.tenant().value(), assignment.id()) == 1;
    }

    static Optional<Assignment> find(Connection connection, TenantId tenant, String id) throws SQLException {
        return Rows.first(connection, SELECT + " AND assignment_id = ?", row -> parse(tenant, row.getString(1),
                row.getString(2)), tenant.value(), id);
    }

    /** Returns the ticket's assignment with the highest revision. */
    static Optional<Assignment> latestOf(Connection connection, TenantId tenant, TicketId ticket)
            throws SQLException {
        return Rows.first(connection, SELECT + " AND ticket_id = ? ORDER BY revision DESC, assigned_at DESC",
                row -> parse(tenant, row.getString(1), row.getString(2)), tenant.value(), ticket.value());
    }

    /** Returns open and started assignments, oldest first, with ties in assignment id order. */
    static List<Assignment> open(Connection connection, TenantId tenant) throws SQLException {
        return Rows.list(connection, SELECT + " AND status IN ('OPEN', 'STARTED') ORDER BY assigned_at, assignment_id",
                row -> parse(tenant, row.getString(1), row.getString(2)), tenant.value());
    }

    /** Returns assignments made at or after {@code since}, oldest first. */
    static List<Assignment> since(Connection connection, TenantId tenant, Instant since) throws SQLException {
        if (since.isAfter(SqlTime.LATEST)) {
            return List.of();
        }
        return Rows.list(connection, SELECT + " AND assigned_at >= ? ORDER BY assigned_at, assignment_id",
                row -> parse(tenant, row.getString(1), row.getString(2)), tenant.value(), SqlTime.bound(since));
    }

    private static Assignment parse(TenantId tenant, String id, String body) {
        return Rows.parse(TABLE, tenant, id, body, Assignment.class);
    }
}
