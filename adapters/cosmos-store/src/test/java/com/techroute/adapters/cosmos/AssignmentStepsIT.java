package com.techroute.adapters.cosmos;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static com.techroute.engine.testing.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.assignment.UnassignedTicket;
import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.testing.TicketBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The assignment steps on the local test server. A crash between steps is simulated by running only the
 * first steps, followed by a redelivered call. A stale pointer write must get 412 from the server.
 */
class AssignmentStepsIT {

    private static final Instant T0 = TicketBuilder.DEFAULT_CREATED_AT;

    private final String database = TestServer.freshDatabaseName();
    private final TenantId tenant = TestServer.freshTenant();
    private CosmosTenantStore store;
    private AssignmentSteps steps;

    @BeforeAll
    static void requireServer() {
        TestServer.requireReachable();
    }

    @BeforeEach
    void openStore() {
        store = TestServer.openStore(database);
        steps = store.steps();
    }

    @AfterEach
    void dropDatabase() {
        store.close();
        TestServer.deleteDatabase(database);
    }

    @Test
    void commitAloneShowsOnlyAssignment() {
        queue("T-1");
        Assignment assigned = revision("T-1", 0);

        steps.commit(tenant, assigned, audit("assigned-1"));

        assertThat(store.openAssignments(tenant)).containsExactly(assigned);
        assertThat(store.audit(tenant)).extracting(AuditEntry::id).containsExactly("queued-T-1");
        assertThat(store.unassigned(tenant)).hasSize(1);
        assertThat(store.currentAssignment(tenant, TicketId.of("T-1"))).isEmpty();
    }

    @Test
    void redeliveryAfterCommitCompletesSteps() {
        queue("T-1");
        Assignment assigned = revision("T-1", 0);
        steps.commit(tenant, assigned, audit("assigned-1"));

        Assignment returned = store.recordAssignment(tenant, assigned, audit("assigned-1"));

        assertThat(returned).isEqualTo(assigned);
        assertThat(store.audit(tenant)).extracting(AuditEntry::id).containsExactly("queued-T-1", "assigned-1");
        assertThat(store.unassigned(tenant)).isEmpty();
        assertThat(store.currentAssignment(tenant, TicketId.of("T-1"))).contains(assigned);
        assertThat(steps.find(tenant, assigned.id())).get().extracting(StoredAssignment::stepsComplete)
                .isEqualTo(true);
    }

    @Test
    void redeliveryAfterAuditWritesAuditOnce() {
        queue("T-1");
        Assignment assigned = revision("T-1", 0);
        StoredAssignment stored = steps.commit(tenant, assigned, audit("assigned-1"));
        steps.writeAudit(tenant, stored);

        store.recordAssignment(tenant, assigned, audit("assigned-1"));

        assertThat(store.audit(tenant)).extracting(AuditEntry::id).containsExactly("queued-T-1", "assigned-1");
        assertThat(store.unassigned(tenant)).isEmpty();
        assertThat(store.currentAssignment(tenant, TicketId.of("T-1"))).contains(assigned);
    }

    @Test
    void redeliveryAfterQueueStepAdvancesPointer() {
        queue("T-1");
        Assignment assigned = revision("T-1", 0);
        StoredAssignment stored = steps.commit(tenant, assigned, audit("assigned-1"));
        steps.writeAudit(tenant, stored);
        steps.leaveQueue(tenant, assigned.ticket());

        store.recordAssignment(tenant, assigned, audit("assigned-1"));

        assertThat(store.audit(tenant)).hasSize(2);
        assertThat(store.unassigned(tenant)).isEmpty();
        assertThat(store.currentAssignment(tenant, TicketId.of("T-1"))).contains(assigned);
    }

    @Test
    void redeliveryWritesFirstCallsAudit() {
        Assignment assigned = revision("T-1", 0);
        steps.commit(tenant, assigned, audit("first-call"));

        store.recordAssignment(tenant, assigned, audit("second-call"));

        assertThat(store.audit(tenant)).extracting(AuditEntry::id).containsExactly("first-call");
    }

    @Test
    void completedAssignmentRedeliveryChangesNothing() {
        Assignment assigned = revision("T-1", 0);
        store.recordAssignment(tenant, assigned, audit("assigned-1"));
        queue("T-1");

        store.recordAssignment(tenant, assigned, audit("assigned-1"));

        assertThat(store.unassigned(tenant)).extracting(entry -> entry.ticket().id().value()).containsExactly("T-1");
    }

    @Test
    void stalePointerWriteIsRejected() {
        store.recordAssignment(tenant, revision("T-1", 0), audit("assigned-0"));
        Optional<VersionedItem> seen = steps.readPointer(tenant, TicketId.of("T-1"));
        Assignment override = revision("T-1", 1);
        store.recordAssignment(tenant, override, audit("assigned-1"));

        Optional<Boolean> written = steps.writePointer(tenant, revision("T-1", 2), seen);

        assertThat(written).isEmpty();
        assertThat(store.currentAssignment(tenant, TicketId.of("T-1"))).contains(override);
    }

    @Test
    void pointerRetryWinsAfterPreconditionFailed() {
        store.recordAssignment(tenant, revision("T-1", 0), audit("assigned-0"));
        Assignment rebalanced = revision("T-1", 2);
        store.steps().commit(tenant, rebalanced, audit("assigned-2"));
        List<Duration> waits = new ArrayList<>();
        EtagRetry retry = new EtagRetry(EtagRetry.MAX_ATTEMPTS, waits::add, () -> 0.5);
        AtomicInteger attempts = new AtomicInteger();

        boolean written = retry.run("pointer of ticket T-1", tenant, () -> {
            Optional<VersionedItem> seen = steps.readPointer(tenant, TicketId.of("T-1"));
            if (attempts.getAndIncrement() == 0) {
                store.recordAssignment(tenant, revision("T-1", 1), audit("assigned-1"));
            }
            return steps.writePointer(tenant, rebalanced, seen);
        });

        assertThat(written).isTrue();
        assertThat(attempts).hasValue(2);
        assertThat(waits).hasSize(1);
        assertThat(store.currentAssignment(tenant, TicketId.of("T-1"))).contains(rebalanced);
    }

    private Assignment revision(String ticketId, int revision) {
        return assignment(ticketId).withTenant(tenant).withRevision(revision).withTechnician("tech-" + revision)
                .withAssignedAt(T0.plus(Duration.ofMinutes(5 + revision))).build();
    }

    private AuditEntry audit(String id) {
        return new AuditEntry(id, tenant, T0, AuditKind.TICKET_ASSIGNED, "T-1", "engine", "{}");
    }

    private void queue(String ticketId) {
        Ticket queued = ticket(ticketId).build();
        Decision decision = new Decision(queued.id(), null, 0, null, List.of(), null, Map.of(), 0, 0,
                new SlaDeadlines(T0.plusSeconds(3600), T0.plusSeconds(4 * 3600)), List.of(), List.of(), T0);
        store.recordUnassigned(tenant, new UnassignedTicket(tenant, queued, decision, T0),
                new AuditEntry("queued-" + ticketId, tenant, T0.minusSeconds(1), AuditKind.TICKET_UNASSIGNED,
                        ticketId, "engine", "{}"));
    }
}
