package com.techroute.adapters.cosmos;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.testing.TicketBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eight threads of one tenant that record and update assignments of the same tickets at once, as several
 * function instances would. Each call that loses its ETag races five times is delivered again, as Service
 * Bus would, up to its default maximum delivery count of 10.
 */
class ConcurrentAssignersIT {

    private static final int THREADS = 8;
    private static final int TICKETS = 4;
    private static final int MAX_DELIVERIES = 10;
    private static final Instant T0 = TicketBuilder.DEFAULT_CREATED_AT;

    private final String database = TestServer.freshDatabaseName();
    private final TenantId tenant = TestServer.freshTenant();
    private CosmosTenantStore store;

    @BeforeAll
    static void requireServer() {
        TestServer.requireReachable();
    }

    @BeforeEach
    void openStore() {
        store = TestServer.openStore(database);
    }

    @AfterEach
    void dropDatabase() {
        store.close();
        TestServer.deleteDatabase(database);
    }

    @Test
    void concurrentRevisionsKeepLatestPointer() throws Exception {
        runConcurrently(thread -> () -> {
            for (int ticket = 0; ticket < TICKETS; ticket++) {
                Assignment revision = revision("T-" + ticket, thread);
                deliver(() -> store.recordAssignment(tenant, revision, auditOf(revision)));
            }
            return null;
        });

        for (int ticket = 0; ticket < TICKETS; ticket++) {
            Optional<Assignment> current = store.currentAssignment(tenant, TicketId.of("T-" + ticket));
            assertThat(current).get().extracting(Assignment::revision).isEqualTo(THREADS - 1);
        }
        assertThat(store.assignmentsSince(tenant, Instant.EPOCH)).hasSize(THREADS * TICKETS);
        assertThat(store.audit(tenant)).hasSize(THREADS * TICKETS);
    }

    @Test
    void concurrentStatusUpdatesAllLand() throws Exception {
        List<Assignment> recorded = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            Assignment first = revision("T-" + thread, 0);
            store.recordAssignment(tenant, first, auditOf(first));
            recorded.add(first);
        }

        runConcurrently(thread -> () -> {
            Assignment own = recorded.get(thread);
            deliver(() -> {
                store.updateAssignmentStatus(tenant, own.id(), AssignmentStatus.STARTED, T0.plusSeconds(3600));
                return null;
            });
            Assignment next = revision(own.ticket().value(), 1);
            deliver(() -> store.recordAssignment(tenant, next, auditOf(next)));
            return null;
        });

        assertThat(store.openAssignments(tenant)).hasSize(2 * THREADS);
        assertThat(store.openAssignments(tenant)).filteredOn(a -> a.revision() == 0)
                .extracting(Assignment::status).containsOnly(AssignmentStatus.STARTED);
        assertThat(store.assignmentsSince(tenant, Instant.EPOCH)).filteredOn(a -> a.revision() == 0)
                .hasSize(THREADS);
    }

    private <T> T deliver(Callable<T> handler) throws Exception {
        for (int delivery = 1; ; delivery++) {
            try {
                return handler.call();
            } catch (ConcurrentUpdateException e) {
                if (delivery == MAX_DELIVERIES) {
                    throw e;
                }
            }
        }
    }

    private Assignment revision(String ticketId, int revision) {
        return assignment(ticketId).withTenant(tenant).withRevision(revision).withTechnician("tech-" + revision)
                .withAssignedAt(T0.plus(Duration.ofMinutes(5 + revision))).build();
    }

    private AuditEntry auditOf(Assignment assigned) {
        return new AuditEntry("audit-" + assigned.id(), tenant, assigned.assignedAt(), AuditKind.TICKET_ASSIGNED,
                assigned.ticket().value(), "engine", "{}");
    }

    private <T> List<T> runConcurrently(IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                Callable<T> work = task.apply(thread);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
