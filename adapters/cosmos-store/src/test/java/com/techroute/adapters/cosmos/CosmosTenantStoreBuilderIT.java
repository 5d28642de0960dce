package com.techroute.adapters.cosmos;

import static com.techroute.engine.testing.TechnicianBuilder.technician;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TenantId;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The production builder's Entra ID path against the local test server, which does not check tokens. A
 * fixed token replaces {@code DefaultAzureCredential}, so no request leaves this machine.
 */
class CosmosTenantStoreBuilderIT {

    private static final TokenCredential FIXED_TOKEN = request -> Mono.just(
            new AccessToken("local-test-token", OffsetDateTime.now().plusHours(1)));

    private final String database = TestServer.freshDatabaseName();

    @BeforeAll
    static void requireServer() {
        TestServer.requireReachable();
    }

    @AfterEach
    void dropDatabase() {
        TestServer.deleteDatabase(database);
    }

    @Test
    void builtStoreReadsAndWrites() {
        TestServer.openStore(database).close();
        TenantId tenant = TestServer.freshTenant();
        Technician tech = technician("tech-1").build();

        try (CosmosTenantStore store = builder().build()) {
            store.saveTechnician(tenant, tech);

            assertThat(store.technicians(tenant)).containsExactly(tech);
        }
    }

    @Test
    void missingContainersAreListed() {
        TestServer.admin().createDatabaseIfNotExists(database);
        TestServer.admin().getDatabase(database).createContainerIfNotExists(
                new CosmosContainerProperties("tenants", StoreContainer.PARTITION_KEY_PATH));
        TestServer.admin().getDatabase(database).createContainerIfNotExists(
                new CosmosContainerProperties("clients", "/id"));

        assertThatThrownBy(() -> builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("container (technicians) is missing")
                .hasMessageContaining("container (audit) is missing")
                .hasMessageContaining("container (clients) has partition key [/id]")
                .hasMessageNotContaining("container (tenants)");
    }

    @Test
    void missingDatabaseIsReported() {
        assertThatThrownBy(() -> builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Database (" + database + ") is missing");
    }

    private CosmosTenantStoreBuilder builder() {
        return CosmosTenantStore.builder().endpoint(TestServer.endpoint()).databaseName(database).gatewayMode()
                .credential(FIXED_TOKEN);
    }
}
