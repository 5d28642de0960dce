package com.techroute.adapters.cosmos;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static com.techroute.engine.testing.TechnicianBuilder.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    private static final TenantId A = Tenants.TENANT_A;
    private static final TenantId B = Tenants.TENANT_B;
    private static final Instant T0 = TicketBuilder.DEFAULT_CREATED_AT;

    @Test
    void documentCarriesIdTenantTypeAndRecord() {
        AuditEntry audit = new AuditEntry("audit/7", A, T0, AuditKind.TICKET_ASSIGNED, "T-1", "engine", "{}");

        ObjectNode document = Documents.of(Kind.AUDIT, A, audit.id(), audit);

        assertThat(document.get(Documents.ID).asText()).isEqualTo("audit%2F7");
        assertThat(document.get(Documents.TENANT_ID).asText()).isEqualTo("msp-north");
        assertThat(document.get(Documents.TYPE).asText()).isEqualTo("audit");
        assertThat(document.get(Documents.RECORD).get("id").asText()).isEqualTo("audit/7");
    }

    @Test
    void technicianRoundTrips() {
        Technician tech = technician("tech-1").withSkill("exchange", 4).withLanguages("en", "fr").build();

        ObjectNode document = Documents.of(Kind.TECHNICIAN, A, tech.id().value(), tech);

        assertThat(Documents.record(Kind.TECHNICIAN, A, document, Technician.class)).isEqualTo(tech);
    }

    @Test
    void documentOfOtherTenantIsRejected() {
        ObjectNode document = Documents.of(Kind.TECHNICIAN, B, "tech-1", technician("tech-1").build());

        assertThatThrownBy(() -> Documents.record(Kind.TECHNICIAN, A, document, Technician.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("belongs to tenant (msp-south)")
                .hasMessageContaining("technicians");
    }

    @Test
    void documentOfOtherKindIsRejected() {
        ObjectNode document = Documents.of(Kind.TICKET, A, "T-1", TicketBuilder.ticket("T-1").build());

        assertThatThrownBy(() -> Documents.record(Kind.CURRENT_ASSIGNMENT, A, document, CurrentAssignment.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has type (ticket), expected (current-assignment)");
    }

    @Test
    void invalidRecordNamesItem() {
        ObjectNode document = Documents.of(Kind.TECHNICIAN, A, "tech-1", technician("tech-1").build());
        ((ObjectNode) document.get(Documents.RECORD)).put("capacity", "PT0S");

        assertThatThrownBy(() -> Documents.record(Kind.TECHNICIAN, A, document, Technician.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Item (tech-1)")
                .hasMessageContaining("invalid Technician JSON");
    }

    @Test
    void pointerUsesPrefixedTicketId() {
        CurrentAssignment pointer = new CurrentAssignment("msp-north|T-1|2", 2, T0);

        ObjectNode document = Documents.of(Kind.CURRENT_ASSIGNMENT, A, "T-1", pointer);

        assertThat(document.get(Documents.ID).asText()).isEqualTo("current-assignment|T-1");
        assertThat(Documents.record(Kind.CURRENT_ASSIGNMENT, A, document, CurrentAssignment.class)).isEqualTo(pointer);
    }

    @Test
    void storedAssignmentRoundTripsAuditAndFlag() {
        Assignment assigned = assignment("T-1").build();
        AuditEntry audit = new AuditEntry("audit-1", A, T0, AuditKind.TICKET_ASSIGNED, "T-1", "engine", "{\"s\":1}");
        StoredAssignment stored = new StoredAssignment(assigned, audit, true);

        ObjectNode document = stored.toDocument();

        assertThat(document.get(Documents.ID).asText()).isEqualTo(DocumentIds.of(assigned.id()));
        assertThat(StoredAssignment.from(A, document)).isEqualTo(stored);
    }

    @Test
    void pendingAssignmentIsNotComplete() {
        Assignment assigned = assignment("T-1").build();
        AuditEntry audit = new AuditEntry("audit-1", A, T0, AuditKind.TICKET_ASSIGNED, "T-1", "engine", "{}");

        ObjectNode document = StoredAssignment.pending(assigned, audit).toDocument();

        assertThat(document.get(StoredAssignment.STEPS_COMPLETE).asBoolean()).isFalse();
    }
}
