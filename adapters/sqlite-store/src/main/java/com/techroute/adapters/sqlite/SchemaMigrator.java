package com.techroute.adapters.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store file to the latest schema version: reads the version from {@code schema_version},
 * rejects a file from a newer build or from another application, and applies the missing migrations in
 * order, each in its own transaction together with its {@code schema_version} row.
 */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final Path file;
    private final List<Migration> migrations;

    /**
     * Creates a migrator for the given migrations.
     *
     * @throws IllegalArgumentException when the versions are not 1, 2, 3, ... in order
     */
    SchemaMigrator(Path file, List<Migration> migrations) {
        this.file = file;
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < this.migrations.size(); i++) {
            int version = this.migrations.get(i).version();
            if (version != i + 1) {
                throw new IllegalArgumentException(String.format(
                        "Migration at position %d has version (%d), expected %d. Number migrations 1, 2, 3, ...",
                        i + 1, version, i + 1));
            }
        }
    }

    /** Returns the version this migrator brings a file to. */
    int latest() {
        return migrations.size();
    }

    /**
     * Applies the missing migrations and returns the file's version, which is then {@link #latest()}. A
     * file already at the latest version is only read.
     *
     * @throws SqliteStoreException when the file is from a newer build or is not a TechRoute store
     */
    int migrate(Connection connection) throws SQLException {
        int current = SchemaVersions.read(connection, file);
        requireKnown(current);
        for (Migration migration : migrations) {
            if (migration.version() > current) {
                apply(connection, migration);
            }
        }
        return latest();
    }

    private void requireKnown(int current) {
        if (current > latest()) {
            throw new SqliteStoreException(String.format(
                    "Store file (%s) has schema version %d, newer than this build of TechRoute supports (%d)."
                            + " Open it with a newer build, or give the store another file.",
                    file, current, latest()));
        }
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                // Another process may have migrated the file since the version was read.
                if (SchemaVersions.read(connection, file) >= migration.version()) {
                    statement.execute("COMMIT");
                    return;
                }
                SchemaVersions.createTable(connection);
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
                SchemaVersions.insert(connection, migration, Instant.now());
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                StoreConnections.rollback(connection, e);
                throw e;
            }
        }
        LOG.info("Applied schema migration {} ({}) to store file ({})", migration.version(),
                migration.description(), file);
    }
}
