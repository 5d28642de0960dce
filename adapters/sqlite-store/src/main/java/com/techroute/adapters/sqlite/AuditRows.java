package com.techroute.adapters.sqlite;

import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.json.EngineJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code audit} table: records are only inserted, never changed or deleted. */
final class AuditRows {

    private AuditRows() {
    }

    /** Inserts the record unless its tenant already has one of the same id, and returns whether it did. */
    static boolean insertIfAbsent(Connection connection, AuditEntry entry) throws SQLException {
        return Rows.update(connection, "INSERT INTO audit (tenant_id, audit_id, at, body) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, audit_id) DO NOTHING", entry.tenant().value(), entry.id(),
                SqlTime.format(entry.at(), "time of audit record " + entry.id()), EngineJson.write(entry)) == 1;
    }

    /** Returns the trail oldest first. Records of the same time come in the order they were inserted. */
    static List<AuditEntry> list(Connection connection, TenantId tenant) throws SQLException {
        return Rows.list(connection, "SELECT audit_id, body FROM audit WHERE tenant_id = ? ORDER BY at, rowid",
                row -> Rows.parse("audit", tenant, row.getString(1), row.getString(2), AuditEntry.class),
                tenant.value());
    }
}
