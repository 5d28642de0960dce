package com.techroute.adapters.cosmos;

import com.azure.core.credential.TokenCredential;
import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link CosmosTenantStore} for Azure, signed in with Microsoft Entra ID: the Functions app's
 * managed identity through {@code DefaultAzureCredential}, or a developer's Azure CLI sign-in. Account keys
 * are not accepted here; the identity needs the Cosmos DB Built-in Data Contributor role on the account.
 *
 * <pre>{@code
 * TenantStore store = CosmosTenantStore.builder()
 *         .endpoint("https://techroute-prod.documents.azure.com:443/")
 *         .databaseName("techroute")
 *         .managedIdentityClientId(clientIdOfUserAssignedIdentity) // optional
 *         .build();
 * }</pre>
 */
public final class CosmosTenantStoreBuilder {

    private String endpoint;
    private String databaseName;
    private String managedIdentityClientId;
    private TokenCredential credential;
    private boolean gatewayMode;

    CosmosTenantStoreBuilder() {
    }

    /** Sets the account endpoint, such as {@code https://ACCOUNT.documents.azure.com:443/}. Required. */
    public CosmosTenantStoreBuilder endpoint(String accountEndpoint) {
        this.endpoint = accountEndpoint;
        return this;
    }

    /** Sets the database that contains the store's containers. Required. */
    public CosmosTenantStoreBuilder databaseName(String name) {
        this.databaseName = name;
        return this;
    }

    /**
     * Sets the client id of a user-assigned managed identity. Without it, {@code DefaultAzureCredential}
     * uses the system-assigned identity, or a developer's sign-in off Azure.
     */
    public CosmosTenantStoreBuilder managedIdentityClientId(String clientId) {
        this.managedIdentityClientId = clientId;
        return this;
    }

    /**
     * Uses this Entra ID credential, such as a workload identity, instead of {@code DefaultAzureCredential}.
     * Then {@link #managedIdentityClientId} is ignored.
     */
    public CosmosTenantStoreBuilder credential(TokenCredential tokenCredential) {
        this.credential = tokenCredential;
        return this;
    }

    /** Sends requests through the gateway over HTTPS instead of direct TCP connections to the replicas. */
    public CosmosTenantStoreBuilder gatewayMode() {
        this.gatewayMode = true;
        return this;
    }

    /**
     * Connects, checks that the database contains every container of the store, and returns the store.
     *
     * @throws IllegalArgumentException listing every missing or invalid setting
     * @throws IllegalStateException listing every missing container
     * @throws CosmosStoreException when the account cannot be reached or the identity may not read it
     */
    public CosmosTenantStore build() {
        requireValid();
        TokenCredential signIn = credential != null ? credential : defaultCredential();
        CosmosClientBuilder clientBuilder = new CosmosClientBuilder().endpoint(endpoint).credential(signIn)
                .contentResponseOnWriteEnabled(false).userAgentSuffix("techroute");
        CosmosClient client = (gatewayMode ? clientBuilder.gatewayMode() : clientBuilder.directMode()).buildClient();
        return CosmosTenantStore.open(client, databaseName, MissingItemDetection.NOT_FOUND_ONLY);
    }

    /**
     * Checks the settings without connecting.
     *
     * @throws IllegalArgumentException listing every missing or invalid setting
     */
    void requireValid() {
        List<String> problems = new ArrayList<>();
        endpointProblem(endpoint).ifPresent(problems::add);
        DatabaseNames.problem(databaseName).ifPresent(problems::add);
        if (managedIdentityClientId != null && managedIdentityClientId.isBlank()) {
            problems.add("managedIdentityClientId is blank: leave it unset or give the identity's client id");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid Cosmos DB store settings: " + String.join("; ", problems)
                    + ".");
        }
    }

    private TokenCredential defaultCredential() {
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
        if (managedIdentityClientId != null) {
            builder.managedIdentityClientId(managedIdentityClientId);
        }
        return builder.build();
    }

    private static Optional<String> endpointProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("endpoint is missing: set the account endpoint, such as"
                    + " https://ACCOUNT.documents.azure.com:443/");
        }
        try {
            URI uri = new URI(value.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return Optional.of("endpoint (" + value + ") is not an https URL with a host name");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("endpoint (" + value + ") is not a URL: " + e.getReason());
        }
    }
}
