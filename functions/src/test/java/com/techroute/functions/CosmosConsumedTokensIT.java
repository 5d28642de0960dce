package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.techroute.adapters.cosmos.CosmosConsumedTokens;
import com.techroute.engine.testing.Tenants;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Cosmos DB token register against the local Cosmos DB test server ({@code .ci/cosmos/start.sh}),
 * at the endpoint in {@value #ENDPOINT_SETTING} or https://127.0.0.1:8081. Skipped when the server is not
 * reachable, and failed instead when the environment variable CI is true.
 */
class CosmosConsumedTokensIT {

    static final String ENDPOINT_SETTING = "TECHROUTE_COSMOS_TEST_ENDPOINT";
    /** Any base64 text works, because the test server does not check keys. This is not a secret. */
    private static final String ACCOUNT_KEY = Base64.getEncoder()
            .encodeToString("techroute-local-test-server".getBytes(StandardCharsets.US_ASCII));
    private static final Instant NOW = Instant.parse("2024-03-04T10:00:00Z");

    private static CosmosClient client;
    private static String database;
    private static CosmosConsumedTokens tokens;

    @BeforeAll
    static void createContainer() {
        String endpoint = endpoint();
        requireReachable(endpoint);
        client = new CosmosClientBuilder().endpoint(endpoint).key(ACCOUNT_KEY).gatewayMode().buildClient();
        database = "techroute-tokens-it-" + UUID.randomUUID();
        client.createDatabaseIfNotExists(database);
        client.getDatabase(database).createContainerIfNotExists(
                new CosmosContainerProperties(CosmosConsumedTokens.CONTAINER_NAME, "/tenantId"));
        CosmosContainer container = client.getDatabase(database).getContainer(CosmosConsumedTokens.CONTAINER_NAME);
        tokens = new CosmosConsumedTokens(container, new MutableClock(NOW));
    }

    @AfterAll
    static void deleteDatabase() {
        if (client != null) {
            client.getDatabase(database).delete();
            client.close();
        }
    }

    @Test
    void tokenIsConsumedOnce() {
        String id = UUID.randomUUID().toString();

        assertThat(tokens.consume(Tenants.TENANT_A, id, NOW.plus(Duration.ofHours(1)))).isTrue();
        assertThat(tokens.consume(Tenants.TENANT_A, id, NOW.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void tenantsHaveSeparateRegisters() {
        String id = UUID.randomUUID().toString();
        tokens.consume(Tenants.TENANT_A, id, NOW.plus(Duration.ofHours(1)));

        assertThat(tokens.consume(Tenants.TENANT_B, id, NOW.plus(Duration.ofHours(1)))).isTrue();
    }

    @Test
    void eightThreadsConsumeSameTokenOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch ready = new CountDownLatch(8);
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> {
                    ready.countDown();
                    ready.await();
                    return tokens.consume(Tenants.TENANT_A, id, NOW.plus(Duration.ofHours(1)));
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

    private static String endpoint() {
        String property = System.getProperty(ENDPOINT_SETTING);
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        String variable = System.getenv(ENDPOINT_SETTING);
        return variable != null && !variable.isBlank() ? variable.strip() : "https://127.0.0.1:8081";
    }

    private static void requireReachable(String endpoint) {
        URI uri = URI.create(endpoint);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() == -1 ? 443 : uri.getPort()), 2000);
        } catch (IOException e) {
            String message = "The Cosmos DB test server is not reachable at " + endpoint + ". Start it with"
                    + " 'bash .ci/cosmos/start.sh' from the repository root, or set " + ENDPOINT_SETTING + ".";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }
}
