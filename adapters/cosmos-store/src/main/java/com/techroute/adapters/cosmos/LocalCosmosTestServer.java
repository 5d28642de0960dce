package com.techroute.adapters.cosmos;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Opens a {@link CosmosTenantStore} on the local Cosmos DB test server ({@code @vercel/cosmosdb-server},
 * started by {@code .ci/cosmos/start.sh}) for tests. This is the only way to use an account key, and it
 * accepts only a loopback endpoint, so no setting shipped for Azure can use it.
 *
 * <p>The server's certificate is self-signed, so the JVM needs the system property
 * {@value #CERTIFICATE_CHECK_PROPERTY}{@code =true} or the environment variable
 * {@value #CERTIFICATE_CHECK_VARIABLE}{@code =true}, which turn off the Cosmos SDK's certificate check for
 * emulators.
 */
public final class LocalCosmosTestServer {

    /** System property that turns off the SDK's certificate check for a local server. */
    public static final String CERTIFICATE_CHECK_PROPERTY = "COSMOS.EMULATOR_SERVER_CERTIFICATE_VALIDATION_DISABLED";

    /** Environment variable with the same effect as {@link #CERTIFICATE_CHECK_PROPERTY}. */
    public static final String CERTIFICATE_CHECK_VARIABLE = "COSMOS_EMULATOR_SERVER_CERTIFICATE_VALIDATION_DISABLED";

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private LocalCosmosTestServer() {
    }

    /**
     * Opens a store on the local test server, creating the database and its containers when missing.
     *
     * @param endpoint the server's URL on a loopback address, such as {@code https://127.0.0.1:8081}
     * @param accountKey any base64 text; the test server does not check it
     * @param databaseName database to use; a test passes a fresh name to start empty
     * @throws IllegalArgumentException when the endpoint is not a loopback https URL or the name is invalid
     * @throws IllegalStateException when the certificate check is still on
     * @throws CosmosStoreException when the server cannot be reached
     */
    public static CosmosTenantStore openStore(String endpoint, String accountKey, String databaseName) {
        requireLoopback(endpoint);
        DatabaseNames.problem(databaseName).ifPresent(problem -> {
            throw new IllegalArgumentException("Invalid Cosmos DB test database: " + problem + ".");
        });
        requireCertificateCheckOff();
        CosmosClient client = new CosmosClientBuilder().endpoint(endpoint).key(accountKey).gatewayMode()
                .contentResponseOnWriteEnabled(false).buildClient();
        try {
            client.createDatabaseIfNotExists(databaseName);
            Containers.createIfMissing(client.getDatabase(databaseName));
        } catch (CosmosException e) {
            client.close();
            throw new CosmosStoreException(String.format("Failed to create database (%s) on the test server (%s):"
                    + " status %d.", databaseName, endpoint, e.getStatusCode()), e.getStatusCode(), e);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return CosmosTenantStore.open(client, databaseName, MissingItemDetection.LOCAL_TEST_SERVER);
    }

    /**
     * Checks that the endpoint is an https URL on a loopback address.
     *
     * @throws IllegalArgumentException naming the endpoint otherwise
     */
    static void requireLoopback(String endpoint) {
        String host;
        try {
            URI uri = new URI(endpoint == null ? "" : endpoint.strip());
            host = "https".equalsIgnoreCase(uri.getScheme()) ? uri.getHost() : null;
        } catch (URISyntaxException e) {
            host = null;
        }
        if (host == null || !isLoopback(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(String.format("Invalid test server endpoint (%s). An account key is"
                    + " only for the local test server: use https://127.0.0.1:PORT. For Azure, use"
                    + " CosmosTenantStore.builder() with Microsoft Entra ID.", endpoint));
        }
    }

    private static boolean isLoopback(String host) {
        return LOOPBACK_NAMES.contains(host) || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static void requireCertificateCheckOff() {
        boolean property = Boolean.parseBoolean(System.getProperty(CERTIFICATE_CHECK_PROPERTY));
        boolean variable = Boolean.parseBoolean(System.getenv(CERTIFICATE_CHECK_VARIABLE));
        if (!property && !variable) {
            throw new IllegalStateException(String.format("The local test server's certificate is self-signed. Run"
                    + " the JVM with -D%s=true or set the environment variable %s=true.",
                    CERTIFICATE_CHECK_PROPERTY, CERTIFICATE_CHECK_VARIABLE));
        }
    }
}
