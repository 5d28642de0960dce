package com.techroute.adapters.sqlite;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static com.techroute.engine.testing.TechnicianBuilder.technician;
import static com.techroute.engine.testing.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {

    private static final TenantId A = Tenants.TENANT_A;
    private static final Instant T0 = TicketBuilder.DEFAULT_CREATED_AT;

    @TempDir
    Path folder;

    @Test
    void everythingIsThereAfterReopen() {
        Path file = folder.resolve("store.db");
        Technician tech = technician("tech-1").withSkill("exchange", 4).build();
        Client client = Tenants.client("client-gold", "gold");
        Ticket saved = ticket("T-1").withRequiredSkill("exchange", 3).build();
        Assignment started = assignment("T-1").build().withStatus(AssignmentStatus.STARTED, T0.plusSeconds(60));
        AuditEntry audit = new AuditEntry("audit-1", A, T0, AuditKind.TICKET_ASSIGNED, "T-1", "engine", "{}");
        try (SqliteTenantStore store = SqliteTenantStore.open(file)) {
            store.saveTenant(Tenants.profile(A));
            store.saveTechnician(A, tech);
            store.saveClient(A, client);
            store.saveTicket(A, saved);
            store.recordAssignment(A, assignment("T-1").build(), audit);
            store.updateAssignmentStatus(A, started.id(), AssignmentStatus.STARTED, T0.plusSeconds(60));
        }

        try (SqliteTenantStore reopened = SqliteTenantStore.open(file)) {
            assertThat(reopened.findTenant(A)).get().usingRecursiveComparison().isEqualTo(Tenants.profile(A));
            assertThat(reopened.technicians(A)).containsExactly(tech);
            assertThat(reopened.findClient(A, client.id())).contains(client);
            assertThat(reopened.findTicket(A, saved.id())).contains(saved);
            assertThat(reopened.openAssignments(A)).containsExactly(started);
            assertThat(reopened.audit(A)).containsExactly(audit);
        }
    }

    @Test
    void fileIsInWalMode() throws Exception {
        Path file = folder.resolve("store.db");
        SqliteTenantStore.open(file).close();

        assertThat(RawDatabase.strings(file, "PRAGMA journal_mode")).containsExactly("wal");
    }

    @Test
    void missingFolderIsCreated() {
        Path file = folder.resolve("deep/er/store.db");

        try (SqliteTenantStore store = SqliteTenantStore.open(file)) {
            store.saveTechnician(A, technician().build());
        }

        assertThat(file).exists();
    }
}
