package com.techroute.adapters.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Reads and writes the {@code schema_version} table, which lists every migration applied to a file. */
final class SchemaVersions {

    private SchemaVersions() {
    }

    /**
     * Returns the highest version applied to the file, or 0 for a file without tables.
     *
     * @throws SqliteStoreException when the file has tables but no {@code schema_version} table
     */
    static int read(Connection connection, Path file) throws SQLException {
        List<String> tables = Rows.list(connection,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name",
                row -> row.getString(1));
        if (tables.isEmpty()) {
            return 0;
        }
        if (!tables.contains("schema_version")) {
            throw new SqliteStoreException(String.format(
                    "Store file (%s) is a SQLite database with tables %s but no schema_version table, so"
                            + " another application made it. Give the store a new file.", file, tables));
        }
        return Rows.first(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version",
                row -> row.getInt(1)).orElse(0);
    }

    /** Creates the table when it is missing. */
    static void createTable(Connection connection) throws SQLException {
        Rows.update(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                + " description TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }

    /** Records that a migration was applied. */
    static void insert(Connection connection, Migration migration, Instant at) throws SQLException {
        Rows.update(connection, "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                migration.version(), migration.description(), at.toString());
    }
}
