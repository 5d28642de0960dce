package com.techroute.adapters.sqlite;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static com.techroute.engine.testing.TechnicianBuilder.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stores on one file, as two processes would open it: each has its own writer connection, so only
 * SQLite's file lock and the busy timeout keep their writes apart.
 */
class SharedFileTest {

    private static final TenantId A = Tenants.TENANT_A;
    private static final Instant T0 = TicketBuilder.DEFAULT_CREATED_AT;

    @TempDir
    Path folder;

    @Test
    void twoStoresOnOneFileLoseNoAssignment() throws Exception {
        Path file = folder.resolve("store.db");
        try (SqliteTenantStore first = SqliteTenantStore.open(file);
                SqliteTenantStore second = SqliteTenantStore.open(file)) {
            List<SqliteTenantStore> stores = List.of(first, second);

            List<Assignment> returned = run(8, thread -> {
                SqliteTenantStore store = stores.get(thread % 2);
                for (int i = 0; i < 20; i++) {
                    String ticket = "T-" + thread + "-" + i;
                    store.recordAssignment(A, assignment(ticket).build(), audit("audit-" + ticket));
                }
                return store.recordAssignment(A, assignment("T-shared").withTechnician("tech-" + thread).build(),
                        audit("audit-shared-" + thread));
            });

            assertThat(first.openAssignments(A)).hasSize(8 * 20 + 1);
            assertThat(second.audit(A)).hasSize(8 * 20 + 1);
            assertThat(returned).containsOnly(first.currentAssignment(A, assignment("T-shared").build().ticket()).get());
        }
    }

    @Test
    void lockedFileTimesOutWrite() throws Exception {
        Path file = folder.resolve("store.db");
        try (SqliteTenantStore store = SqliteTenantStore.open(file, Duration.ofMillis(200));
                Connection other = RawDatabase.connect(file);
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN IMMEDIATE");

            assertThatThrownBy(() -> store.saveTechnician(A, technician().build()))
                    .isInstanceOf(SqliteStoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("busy timeout (PT0.2S)");

            lock.execute("ROLLBACK");
            store.saveTechnician(A, technician().build());
            assertThat(store.technicians(A)).hasSize(1);
        }
    }

    private static AuditEntry audit(String id) {
        return new AuditEntry(id, A, T0, AuditKind.TICKET_ASSIGNED, "T-1", "engine", "{}");
    }

    private interface ThreadWork<T> {
        T run(int thread) throws Exception;
    }

    private static <T> List<T> run(int threads, ThreadWork<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int number = thread;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.run(number);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
