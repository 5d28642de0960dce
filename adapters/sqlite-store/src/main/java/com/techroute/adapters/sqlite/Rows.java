package com.techroute.adapters.sqlite;

import com.techroute.engine.domain.TenantId;
import com.techroute.engine.json.EngineJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statement helpers shared by the table classes, and the parsing of stored JSON bodies. */
final class Rows {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Rows() {
    }

    /** Runs an insert, update or delete and returns the number of rows it changed. */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Runs a query and maps every row, in the order the query returns them. */
    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                List<T> results = new ArrayList<>();
                while (row.next()) {
                    results.add(mapper.map(row));
                }
                return results;
            }
        }
    }

    /** Runs a query and maps its first row, or returns empty when it has none. */
    static <T> Optional<T> first(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        List<T> rows = list(connection, sql + " LIMIT 1", mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Parses a stored JSON body.
     *
     * @throws SqliteStoreException naming the table, tenant and key when the body does not parse
     */
    static <T> T parse(String table, TenantId tenant, String key, String body, Class<T> type) {
        try {
            return EngineJson.read(body, type);
        } catch (IllegalArgumentException e) {
            throw new SqliteStoreException(String.format(
                    "Invalid row in table (%s) for tenant (%s), key (%s): %s. Save the record again or restore"
                            + " the store file from a backup.", table, tenant, key, e.getMessage()), e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
