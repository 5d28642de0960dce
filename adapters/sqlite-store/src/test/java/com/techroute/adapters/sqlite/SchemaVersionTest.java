package com.techroute.adapters.sqlite;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static com.techroute.engine.testing.TechnicianBuilder.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    private static final Migration FIRST = new Migration(1, "first", List.of("CREATE TABLE first (id TEXT)"));
    private static final Migration SECOND = new Migration(2, "second", List.of("CREATE TABLE second (id TEXT)"));

    @TempDir
    Path folder;

    @Test
    void newFileHasEveryMigration() throws Exception {
        Path file = folder.resolve("store.db");
        SqliteTenantStore.open(file).close();

        assertThat(RawDatabase.strings(file, "SELECT version FROM schema_version ORDER BY version"))
                .containsExactly(String.valueOf(Migrations.LATEST));
    }

    @Test
    void reopenAtCurrentVersionChangesNothing() throws Exception {
        Path file = folder.resolve("store.db");
        try (SqliteTenantStore store = SqliteTenantStore.open(file)) {
            store.saveTechnician(Tenants.TENANT_A, technician().build());
            store.recordAssignment(Tenants.TENANT_A, assignment().build(), new AuditEntry("audit-1", Tenants.TENANT_A,
                    TicketBuilder.DEFAULT_CREATED_AT, AuditKind.TICKET_ASSIGNED, "T-1001", "engine", "{}"));
        }
        String before = sha256(file);
        List<String> versionsBefore = RawDatabase.strings(file, "SELECT version || applied_at FROM schema_version");

        SqliteTenantStore.open(file).close();

        assertThat(sha256(file)).isEqualTo(before);
        assertThat(RawDatabase.strings(file, "SELECT version || applied_at FROM schema_version"))
                .isEqualTo(versionsBefore);
    }

    @Test
    void newerVersionIsRejected() throws Exception {
        Path file = folder.resolve("store.db");
        SqliteTenantStore.open(file).close();
        int newer = Migrations.LATEST + 1;
        RawDatabase.execute(file, "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                newer, "from a later build", "2030-01-01T00:00:00Z");

        assertThatThrownBy(() -> SqliteTenantStore.open(file))
                .isInstanceOf(SqliteStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema version " + newer)
                .hasMessageContaining("supports (" + Migrations.LATEST + ")");
    }

    @Test
    void databaseOfAnotherApplicationIsRejected() throws Exception {
        Path file = folder.resolve("orders.db");
        RawDatabase.execute(file, "CREATE TABLE orders (id INTEGER PRIMARY KEY)");

        assertThatThrownBy(() -> SqliteTenantStore.open(file))
                .isInstanceOf(SqliteStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("[orders]");
        assertThat(RawDatabase.strings(file, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                .containsExactly("orders");
    }

    @Test
    void migratorAppliesMissingMigrationsInOrder() throws Exception {
        Path file = folder.resolve("plain.db");
        try (Connection connection = RawDatabase.connect(file)) {
            new SchemaMigrator(file, List.of(FIRST)).migrate(connection);

            int version = new SchemaMigrator(file, List.of(FIRST, SECOND)).migrate(connection);

            assertThat(version).isEqualTo(2);
        }
        assertThat(RawDatabase.strings(file, "SELECT description FROM schema_version ORDER BY version"))
                .containsExactly("first", "second");
        assertThat(RawDatabase.strings(file, "SELECT name FROM sqlite_master WHERE name = 'second'")).hasSize(1);
    }

    @Test
    void failedMigrationIsRolledBack() throws Exception {
        Path file = folder.resolve("plain.db");
        Migration broken = new Migration(2, "broken", List.of("CREATE TABLE half (id TEXT)", "CREATE TABLE ("));
        try (Connection connection = RawDatabase.connect(file)) {
            new SchemaMigrator(file, List.of(FIRST)).migrate(connection);

            assertThatThrownBy(() -> new SchemaMigrator(file, List.of(FIRST, broken)).migrate(connection))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(RawDatabase.strings(file, "SELECT version FROM schema_version")).containsExactly("1");
        assertThat(RawDatabase.strings(file, "SELECT name FROM sqlite_master WHERE name = 'half'")).isEmpty();
    }

    @Test
    void migrationsOutOfOrderAreRejected() {
        assertThatThrownBy(() -> new SchemaMigrator(folder.resolve("x.db"), List.of(SECOND, FIRST)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version (2), expected 1");
    }

    @Test
    void shippedMigrationsAreNumberedFromOne() {
        assertThat(new SchemaMigrator(folder.resolve("x.db"), Migrations.ALL).latest()).isEqualTo(Migrations.LATEST);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
