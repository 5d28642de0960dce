package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.adapters.sqlite.SqliteConsumedTokens;
import com.techroute.adapters.sqlite.SqliteTenantStore;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.testing.Tenants;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite token register on a real store file. */
class SqliteConsumedTokensTest {

    private static final Instant NOW = Instant.parse("2024-03-04T10:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofHours(1));

    @TempDir
    Path dir;

    @Test
    void tokenIsConsumedOnce() {
        try (SqliteConsumedTokens tokens = SqliteConsumedTokens.open(dir.resolve("t.db"), new MutableClock(NOW))) {
            assertThat(tokens.consume(Tenants.TENANT_A, "token-1", EXPIRY)).isTrue();
            assertThat(tokens.consume(Tenants.TENANT_A, "token-1", EXPIRY)).isFalse();
        }
    }

    @Test
    void tenantsHaveSeparateRegisters() {
        try (SqliteConsumedTokens tokens = SqliteConsumedTokens.open(dir.resolve("t.db"), new MutableClock(NOW))) {
            tokens.consume(Tenants.TENANT_A, "token-1", EXPIRY);

            assertThat(tokens.consume(Tenants.TENANT_B, "token-1", EXPIRY)).isTrue();
        }
    }

    @Test
    void consumedTokenSurvivesReopen() {
        Path file = dir.resolve("t.db");
        try (SqliteConsumedTokens tokens = SqliteConsumedTokens.open(file, new MutableClock(NOW))) {
            tokens.consume(Tenants.TENANT_A, "token-1", EXPIRY);
        }

        try (SqliteConsumedTokens tokens = SqliteConsumedTokens.open(file, new MutableClock(NOW))) {
            assertThat(tokens.consume(Tenants.TENANT_A, "token-1", EXPIRY)).isFalse();
        }
    }

    @Test
    void storeOpensFileMadeByRegister() {
        Path file = dir.resolve("t.db");
        SqliteConsumedTokens.open(file, new MutableClock(NOW)).close();

        try (SqliteTenantStore store = SqliteTenantStore.open(file)) {
            store.saveTenant(Tenants.profile());
            assertThat(store.findTenant(Tenants.TENANT_A)).isPresent();
        }
    }

    @Test
    void eightThreadsConsumeSameTokenOnce() throws Exception {
        TenantId tenant = Tenants.TENANT_A;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (SqliteConsumedTokens tokens = SqliteConsumedTokens.open(dir.resolve("t.db"), new MutableClock(NOW))) {
            CountDownLatch ready = new CountDownLatch(8);
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> {
                    ready.countDown();
                    ready.await();
                    return tokens.consume(tenant, "token-1", EXPIRY);
                });
            }
            int winners = 0;
            for (Future<Boolean> call : pool.invokeAll(calls)) {
                winners += call.get() ? 1 : 0;
            }

            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void expiredEntriesAreForgotten() {
        MutableClock clock = new MutableClock(NOW);
        try (SqliteConsumedTokens tokens = SqliteConsumedTokens.open(dir.resolve("t.db"), clock)) {
            tokens.consume(Tenants.TENANT_A, "token-1", EXPIRY);
            clock.advance(Duration.ofHours(2));
            tokens.consume(Tenants.TENANT_A, "token-2", clock.instant().plus(Duration.ofHours(1)));

            assertThat(tokens.consume(Tenants.TENANT_A, "token-1", EXPIRY)).isTrue();
        }
    }
}
