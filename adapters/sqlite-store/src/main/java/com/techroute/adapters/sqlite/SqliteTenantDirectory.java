package com.techroute.adapters.sqlite;

import com.techroute.engine.domain.TenantId;
import com.techroute.engine.port.TenantDirectory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * {@link TenantDirectory} over a SQLite store file: the ids in the {@code tenants} table. Opens its own
 * reader connections to the file that a {@link SqliteTenantStore} uses. Thread-safe.
 */
public final class SqliteTenantDirectory implements TenantDirectory, AutoCloseable {

    private static final TenantId DIRECTORY = TenantId.of("all-tenants");

    private final StoreConnections db;

    private SqliteTenantDirectory(StoreConnections db) {
        this.db = db;
    }

    /**
     * Opens the directory of a store file, creating the file and its schema when missing.
     *
     * @throws SqliteStoreException naming the file when it cannot be opened or is not a TechRoute store
     */
    public static SqliteTenantDirectory open(Path file) {
        Path path = StoreFiles.prepare(Objects.requireNonNull(file, "store file must not be null"));
        StoreConnections db = StoreConnections.open(path, SqliteTenantStore.DEFAULT_BUSY_TIMEOUT);
        try {
            db.onWriter(new SchemaMigrator(path, Migrations.ALL)::migrate);
            return new SqliteTenantDirectory(db);
        } catch (SQLException e) {
            db.close();
            throw StoreFiles.openFailure(path, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public List<TenantId> tenantIds() {
        return db.read("list tenants", DIRECTORY, connection -> Rows.list(connection,
                "SELECT tenant_id FROM tenants ORDER BY tenant_id", row -> TenantId.of(row.getString(1))));
    }

    /** Closes the directory's connections. */
    @Override
    public void close() {
        db.close();
    }
}
