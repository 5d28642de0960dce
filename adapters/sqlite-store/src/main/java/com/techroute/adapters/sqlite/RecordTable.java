package com.techroute.adapters.sqlite;

import com.techroute.engine.domain.TenantId;
import com.techroute.engine.json.EngineJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A table of records that are saved whole and read by key: technicians, clients and tickets. Each row
 * is the tenant id, the record's id and the record as JSON.
 */
enum RecordTable {
    TECHNICIANS("technicians", "technician_id"),
    CLIENTS("clients", "client_id"),
    TICKETS("tickets", "ticket_id");

    private final String table;
    private final String keyColumn;

    RecordTable(String table, String keyColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** Inserts the record, or replaces the one with the same tenant and key. */
    void upsert(Connection connection, TenantId tenant, String key, Object record) throws SQLException {
        Rows.update(connection, "INSERT INTO " + table + " (tenant_id, " + keyColumn + ", body) VALUES (?, ?, ?)"
                + " ON CONFLICT (tenant_id, " + keyColumn + ") DO UPDATE SET body = excluded.body",
                tenant.value(), key, EngineJson.write(record));
    }

    /** Returns the tenant's record with the key, or empty. */
    <T> Optional<T> find(Connection connection, TenantId tenant, String key, Class<T> type) throws SQLException {
        return Rows.first(connection, "SELECT body FROM " + table + " WHERE tenant_id = ? AND " + keyColumn + " = ?",
                row -> Rows.parse(table, tenant, key, row.getString(1), type), tenant.value(), key);
    }

    /** Returns all the tenant's records, in key order. */
    <T> List<T> list(Connection connection, TenantId tenant, Class<T> type) throws SQLException {
        return Rows.list(connection, "SELECT " + keyColumn + ", body FROM " + table + " WHERE tenant_id = ?"
                + " ORDER BY " + keyColumn,
                row -> Rows.parse(table, tenant, row.getString(1), row.getString(2), type), tenant.value());
    }
}
