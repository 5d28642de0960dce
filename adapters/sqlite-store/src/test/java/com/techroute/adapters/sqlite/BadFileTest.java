package com.techroute.adapters.sqlite;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static com.techroute.engine.testing.TechnicianBuilder.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.testing.Tenants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadFileTest {

    @TempDir
    Path folder;

    @Test
    void textFileIsRejected() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "ticket,technician\nT-1,tech-1\n".repeat(200));

        assertThatThrownBy(() -> SqliteTenantStore.open(file))
                .isInstanceOf(SqliteStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a SQLite database");
    }

    @Test
    void folderIsRejected() {
        assertThatThrownBy(() -> SqliteTenantStore.open(folder))
                .isInstanceOf(SqliteStoreException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("is a folder");
    }

    @Test
    void folderThatCannotBeCreatedIsReported() throws Exception {
        Path plainFile = Files.writeString(folder.resolve("occupied"), "x");
        Path file = plainFile.resolve("store.db");

        assertThatThrownBy(() -> SqliteTenantStore.open(file))
                .isInstanceOf(SqliteStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("Cannot create folder");
    }

    @Test
    void negativeBusyTimeoutIsRejected() {
        assertThatThrownBy(() -> SqliteTenantStore.open(folder.resolve("store.db"), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-1S");
    }

    @Test
    void closedStoreRejectsCalls() {
        SqliteTenantStore store = SqliteTenantStore.open(folder.resolve("store.db"));
        store.close();

        assertThatThrownBy(() -> store.technicians(Tenants.TENANT_A))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
        assertThatThrownBy(() -> store.saveTechnician(Tenants.TENANT_A, technician().build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void invalidRowIsReportedWithItsKey() throws Exception {
        Path file = folder.resolve("store.db");
        try (SqliteTenantStore store = SqliteTenantStore.open(file)) {
            store.saveTechnician(Tenants.TENANT_A, technician("tech-1").build());
            RawDatabase.execute(file, "UPDATE technicians SET body = '{\"id\":' WHERE technician_id = 'tech-1'");

            assertThatThrownBy(() -> store.technicians(Tenants.TENANT_A))
                    .isInstanceOf(SqliteStoreException.class)
                    .hasMessageContaining("table (technicians)")
                    .hasMessageContaining("tenant (" + Tenants.TENANT_A + ")")
                    .hasMessageContaining("key (tech-1)");
        }
    }

    @Test
    void instantOutsideStoredRangeIsRejected() {
        try (SqliteTenantStore store = SqliteTenantStore.open(folder.resolve("store.db"))) {
            Assignment farFuture = assignment().withAssignedAt(Instant.parse("+10000-01-01T00:00:00Z")).build();
            AuditEntry audit = new AuditEntry("audit-1", Tenants.TENANT_A, Instant.EPOCH, AuditKind.TICKET_ASSIGNED,
                    "T-1001", "engine", "{}");

            assertThatThrownBy(() -> store.recordAssignment(Tenants.TENANT_A, farFuture, audit))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("year 0000 to 9999");
            assertThat(store.audit(Tenants.TENANT_A)).isEmpty();
        }
    }
}
