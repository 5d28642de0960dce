package com.techroute.adapters.sqlite;

import com.techroute.engine.assignment.UnassignedTicket;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.json.EngineJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code unassigned} table: at most one queued entry per ticket, with its queue time in a column. */
final class QueueRows {

    private QueueRows() {
    }

    /** Queues the ticket, replacing an entry for the same ticket. */
    static void upsert(Connection connection, UnassignedTicket entry) throws SQLException {
        Rows.update(connection, "INSERT INTO unassigned (tenant_id, ticket_id, queued_at, body) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, ticket_id) DO UPDATE SET queued_at = excluded.queued_at,"
                + " body = excluded.body", entry.tenant().value(), entry.ticket().id().value(),
                SqlTime.format(entry.queuedAt(), "queuedAt of ticket " + entry.ticket().id()),
                EngineJson.write(entry));
    }

    /** Takes the ticket off the queue, and returns whether it was there. */
    static boolean remove(Connection connection, TenantId tenant, TicketId ticket) throws SQLException {
        return Rows.update(connection, "DELETE FROM unassigned WHERE tenant_id = ? AND ticket_id = ?",
                tenant.value(), ticket.value()) == 1;
    }

    /** Returns the queue, oldest first, with ties in ticket id order. */
    static List<UnassignedTicket> list(Connection connection, TenantId tenant) throws SQLException {
        return Rows.list(connection, "SELECT ticket_id, body FROM unassigned WHERE tenant_id = ?"
                + " ORDER BY queued_at, ticket_id",
                row -> Rows.parse("unassigned", tenant, row.getString(1), row.getString(2), UnassignedTicket.class),
                tenant.value());
    }
}
