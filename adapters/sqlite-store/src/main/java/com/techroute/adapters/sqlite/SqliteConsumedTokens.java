package com.techroute.adapters.sqlite;

import com.techroute.engine.domain.TenantId;
import com.techroute.engine.port.ConsumedTokens;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ConsumedTokens} in a SQLite store file, in the table {@code consumed_tokens} keyed by tenant and
 * token id. Consuming inserts the row, so the primary key lets exactly one caller win. The same
 * transaction deletes the tenant's rows whose expiry passed more than a minute ago. Thread-safe.
 *
 * <p>NOTE: this class creates its table itself ({@code CREATE TABLE IF NOT EXISTS}) instead of through a
 * numbered migration in {@link Migrations}, so the schema version does not cover it.
 */
public final class SqliteConsumedTokens implements ConsumedTokens, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteConsumedTokens.class);

    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS consumed_tokens ("
            + " tenant_id TEXT NOT NULL, token_id TEXT NOT NULL, expires_at TEXT NOT NULL,"
            + " PRIMARY KEY (tenant_id, token_id)) WITHOUT ROWID";

    private final StoreConnections db;
    private final Clock clock;

    private SqliteConsumedTokens(StoreConnections db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Opens the register in a store file, creating the file, its schema and the table when missing. The
     * file may be the one a {@link SqliteTenantStore} uses.
     *
     * @throws SqliteStoreException naming the file when it cannot be opened or is not a TechRoute store
     */
    public static SqliteConsumedTokens open(Path file, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        Path path = StoreFiles.prepare(Objects.requireNonNull(file, "store file must not be null"));
        StoreConnections db = StoreConnections.open(path, SqliteTenantStore.DEFAULT_BUSY_TIMEOUT);
        try {
            db.onWriter(connection -> {
                new SchemaMigrator(path, Migrations.ALL).migrate(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(CREATE_TABLE);
                }
                return null;
            });
            return new SqliteConsumedTokens(db, clock);
        } catch (SQLException e) {
            db.close();
            throw StoreFiles.openFailure(path, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public boolean consume(TenantId tenant, String tokenId, Instant expiresAt) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        requireTokenId(tokenId);
        String expires = SqlTime.format(Objects.requireNonNull(expiresAt, "expiresAt must not be null"), "expiresAt");
        String now = SqlTime.bound(clock.instant().minus(Duration.ofMinutes(1)));
        boolean first = db.write("consume token " + tokenId, tenant, connection -> {
            Rows.update(connection, "DELETE FROM consumed_tokens WHERE tenant_id = ? AND expires_at < ?",
                    tenant.value(), now);
            return Rows.update(connection, "INSERT INTO consumed_tokens (tenant_id, token_id, expires_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (tenant_id, token_id) DO NOTHING",
                    tenant.value(), tokenId, expires) == 1;
        });
        LOG.debug("Token ({}) of tenant ({}) {}", tokenId, tenant, first ? "consumed" : "was already used");
        return first;
    }

    /** Closes the register's connections. */
    @Override
    public void close() {
        db.close();
    }

    static void requireTokenId(String tokenId) {
        Objects.requireNonNull(tokenId, "tokenId must not be null");
        if (tokenId.isEmpty() || tokenId.length() > 128) {
            throw new IllegalArgumentException(String.format(
                    "Invalid token id of length %d. Use 1 to 128 characters.", tokenId.length()));
        }
    }
}
