package com.techroute.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.adapters.signing.LocalKeyFileSigner;
import com.techroute.adapters.sqlite.SqliteConsumedTokens;
import com.techroute.adapters.sqlite.SqliteTenantStore;
import com.techroute.adapters.teams.FixedWebhookUrlSource;
import com.techroute.adapters.teams.RetryPolicy;
import com.techroute.adapters.teams.TeamsChannel;
import com.techroute.adapters.teams.TeamsWebhookNotifier;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.port.TenantDirectory;
import com.techroute.functions.AppSettings;
import com.techroute.functions.FunctionsRuntime;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The local rebalance timer calls RebalanceWorkload again and again, also after a failed run. */
@Timeout(30)
class RebalanceTimerTest {

    @TempDir
    Path folder;

    @Test
    void timerKeepsRunningAfterFailedRun() {
        AtomicInteger runs = new AtomicInteger();
        TenantDirectory directory = () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("directory unavailable");
            }
            return List.<TenantId>of();
        };
        Path database = folder.resolve("techroute.db");
        Map<String, String> settings = LocalAppSettings.values(URI.create("http://127.0.0.1:7071"));
        try (SqliteTenantStore store = SqliteTenantStore.open(database);
                SqliteConsumedTokens tokens = SqliteConsumedTokens.open(database, Clock.systemUTC());
                InProcessQueue queue = new InProcessQueue(Clock.systemUTC(), Duration.ofMillis(10))) {
            // The channel is never used: with no tenants there is no summary to post.
            TeamsChannel teams = new TeamsChannel(FixedWebhookUrlSource.forEveryTenant(
                    URI.create("http://127.0.0.1:9/unused")), TeamsWebhookNotifier.create(RetryPolicy.DEFAULT));
            FunctionsRuntime runtime = new FunctionsRuntime(AppSettings.read(settings), store, directory, tokens,
                    LocalKeyFileSigner.loadOrCreate(folder.resolve("key.pem")), queue, teams, Clock.systemUTC(), null);
            LocalFunctions functions = LocalFunctions.create(runtime, settings, () -> "started");

            RebalanceTimer timer = RebalanceTimer.start(functions.rebalance(), Duration.ofMillis(50));
            try {
                DemoFiles.await("three rebalance runs", Duration.ofSeconds(10), () -> runs.get() >= 3 ? runs : null);
            } finally {
                timer.close();
            }
        }

        assertThat(runs.get()).isGreaterThanOrEqualTo(3);
    }
}
