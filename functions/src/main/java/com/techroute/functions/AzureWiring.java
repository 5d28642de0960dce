package com.techroute.functions;

import com.azure.core.credential.TokenCredential;
import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosDatabase;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.techroute.adapters.cosmos.CosmosConsumedTokens;
import com.techroute.adapters.cosmos.CosmosTenantDirectory;
import com.techroute.adapters.cosmos.CosmosTenantStore;
import com.techroute.adapters.keyvault.KeyVaultSignerBuilder;
import com.techroute.adapters.teams.KeyVaultWebhookUrlSource;
import com.techroute.adapters.teams.RetryPolicy;
import com.techroute.adapters.teams.TeamsChannel;
import com.techroute.adapters.teams.TeamsWebhookNotifier;
import com.techroute.engine.port.Signer;
import com.techroute.engine.port.TenantStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Azure parts of the runtime from the settings, each signed in with the app's managed identity
 * through {@code DefaultAzureCredential}: the Cosmos DB store, the Service Bus senders, the Key Vault signer
 * and the Teams channel with its Key Vault webhook source.
 *
 * <p>NOTE: no Azure service is reachable from the build machine, so this wiring runs only in Azure.
 */
final class AzureWiring {

    private static final Logger LOG = LoggerFactory.getLogger(AzureWiring.class);

    private AzureWiring() {
    }

    static FunctionsRuntime build(AppSettings settings) {
        TokenCredential credential = credential(settings.managedIdentityClientId());
        TenantStore store = CosmosTenantStore.builder().endpoint(settings.cosmosEndpoint())
                .databaseName(settings.cosmosDatabase()).credential(credential).build();
        CosmosClient metadataClient = new CosmosClientBuilder().endpoint(settings.cosmosEndpoint())
                .credential(credential).gatewayMode().contentResponseOnWriteEnabled(false).buildClient();
        CosmosDatabase database = metadataClient.getDatabase(settings.cosmosDatabase());
        CosmosConsumedTokens tokens = new CosmosConsumedTokens(
                database.getContainer(CosmosConsumedTokens.CONTAINER_NAME), Clock.systemUTC());
        CosmosTenantDirectory tenants = new CosmosTenantDirectory(
                database.getContainer(CosmosTenantDirectory.CONTAINER_NAME));
        ServiceBusClientBuilder serviceBus = new ServiceBusClientBuilder()
                .fullyQualifiedNamespace(settings.serviceBusNamespace()).credential(credential);
        ServiceBusOutbox outbox = new ServiceBusOutbox(
                serviceBus.sender().queueName(settings.ticketsQueue()).buildClient(),
                serviceBus.sender().queueName(settings.invalidTicketsQueue()).buildClient(),
                serviceBus.sender().topicName(settings.assignmentEventsTopic()).buildClient());
        Signer signer = new KeyVaultSignerBuilder().vaultUrl(settings.keyVaultUri()).keyName(settings.signingKeyName())
                .managedIdentityClientId(settings.managedIdentityClientId()).build();
        TeamsChannel teams = new TeamsChannel(KeyVaultWebhookUrlSource.create(settings.keyVaultUri(),
                settings.teamsWebhookSecretPrefix(), settings.managedIdentityClientId()),
                TeamsWebhookNotifier.create(RetryPolicy.DEFAULT));
        LOG.info("Functions runtime started with database ({}), queue ({}) and topic ({})", settings.cosmosDatabase(),
                settings.ticketsQueue(), settings.assignmentEventsTopic());
        return new FunctionsRuntime(settings, store, tenants, tokens, signer, outbox, teams, Clock.systemUTC(), () -> {
            outbox.close();
            metadataClient.close();
        });
    }

    private static TokenCredential credential(String clientId) {
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
        if (clientId != null) {
            builder.managedIdentityClientId(clientId);
        }
        return builder.build();
    }
}
