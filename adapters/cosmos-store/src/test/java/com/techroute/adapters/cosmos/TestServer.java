package com.techroute.adapters.cosmos;

import static org.junit.jupiter.api.Assertions.fail;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosException;
import com.techroute.engine.domain.TenantId;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The local Cosmos DB test server for the integration tests: its endpoint, a reachability check, fresh
 * database and tenant names, and removal of a test's database.
 */
final class TestServer {

    /** System property or environment variable with the server's endpoint. */
    static final String ENDPOINT_SETTING = "TECHROUTE_COSMOS_TEST_ENDPOINT";

    static final String DEFAULT_ENDPOINT = "https://127.0.0.1:8081";

    /** Any base64 text works, because the test server does not check keys. This is not a secret. */
    static final String ACCOUNT_KEY = Base64.getEncoder()
            .encodeToString("techroute-local-test-server".getBytes(StandardCharsets.US_ASCII));

    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private static CosmosClient adminClient;

    private TestServer() {
    }

    /** Returns the endpoint: the system property, else the environment variable, else the default. */
    static String endpoint() {
        String property = System.getProperty(ENDPOINT_SETTING);
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        String variable = System.getenv(ENDPOINT_SETTING);
        return variable != null && !variable.isBlank() ? variable.strip() : DEFAULT_ENDPOINT;
    }

    /**
     * Checks that the server accepts connections. When it does not, the calling test class fails if the
     * environment variable CI is true, and is skipped otherwise.
     */
    static void requireReachable() {
        URI uri = URI.create(endpoint());
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            String message = String.format("The Cosmos DB test server is not reachable at %s (%s). Start it with"
                    + " 'bash .ci/cosmos/start.sh' from the repository root, or set %s to its endpoint.",
                    endpoint(), e.getMessage(), ENDPOINT_SETTING);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            // Failsafe counts a class skipped in @BeforeAll as 0 tests run, so the reason goes to the console too.
            System.err.println("Skipping Cosmos DB integration tests: " + message);
            Assumptions.abort(message);
        }
    }

    /** Returns a database name no other test uses. */
    static String freshDatabaseName() {
        return "techroute-it-" + UUID.randomUUID();
    }

    /** Returns a tenant id no other test uses. */
    static TenantId freshTenant() {
        return TenantId.of("msp-" + UUID.randomUUID());
    }

    /** Opens a store on the test server over the named database, creating it when missing. */
    static CosmosTenantStore openStore(String databaseName) {
        return LocalCosmosTestServer.openStore(endpoint(), ACCOUNT_KEY, databaseName);
    }

    /** Deletes a test's database unless it is already gone. */
    static synchronized void deleteDatabase(String databaseName) {
        try {
            admin().getDatabase(databaseName).delete();
        } catch (CosmosException e) {
            if (e.getStatusCode() != 404) {
                throw e;
            }
        }
    }

    /** Returns a client for setting up and removing databases, shared by all tests. */
    static synchronized CosmosClient admin() {
        if (adminClient == null) {
            adminClient = new CosmosClientBuilder().endpoint(endpoint()).key(ACCOUNT_KEY).gatewayMode()
                    .contentResponseOnWriteEnabled(false).buildClient();
        }
        return adminClient;
    }
}
