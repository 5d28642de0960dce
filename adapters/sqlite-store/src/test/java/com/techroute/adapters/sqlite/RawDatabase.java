package com.techroute.adapters.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** Plain JDBC access to a store file, for checking and tampering with it beside the store. */
final class RawDatabase {

    private RawDatabase() {
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static void execute(Path file, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(file)) {
            Rows.update(connection, sql, parameters);
        }
    }

    static List<String> strings(Path file, String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(file)) {
            return Rows.list(connection, sql, row -> row.getString(1), parameters);
        }
    }
}
