package com.techroute.replay.store;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.port.TenantStoreContract;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Runs the tenant store contract against the in-memory store, plus checks of its time index. */
class InMemoryTenantStoreTest extends TenantStoreContract {

    private static final Instant T0 = TicketBuilder.DEFAULT_CREATED_AT;

    @Override
    protected TenantStore newStore() {
        return new InMemoryTenantStore();
    }

    @Test
    void assignmentsSinceFollowsStatusChange() {
        Assignment early = assignment("T-1").withAssignedAt(T0).build();
        Assignment late = assignment("T-2").withAssignedAt(T0.plusSeconds(60)).build();
        store.recordAssignment(Tenants.TENANT_A, early, audit("a-1"));
        store.recordAssignment(Tenants.TENANT_A, late, audit("a-2"));

        store.updateAssignmentStatus(Tenants.TENANT_A, late.id(), AssignmentStatus.CLOSED, T0.plusSeconds(120));

        assertThat(store.assignmentsSince(Tenants.TENANT_A, T0.plusSeconds(1)))
                .containsExactly(late.withStatus(AssignmentStatus.CLOSED, T0.plusSeconds(120)));
        assertThat(store.openAssignments(Tenants.TENANT_A)).containsExactly(early);
    }

    @Test
    void sameInstantAssignmentsBothKept() {
        Assignment first = assignment("T-1").withAssignedAt(T0).build();
        Assignment second = assignment("T-2").withAssignedAt(T0).build();
        store.recordAssignment(Tenants.TENANT_A, second, audit("a-2"));
        store.recordAssignment(Tenants.TENANT_A, first, audit("a-1"));

        assertThat(store.assignmentsSince(Tenants.TENANT_A, T0)).containsExactly(first, second);
    }

    private static AuditEntry audit(String id) {
        return new AuditEntry(id, Tenants.TENANT_A, T0, AuditKind.TICKET_ASSIGNED, "T-1", "engine", "{}");
    }
}
