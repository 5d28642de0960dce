package com.techroute.infra.bicep;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.infra.InfraFiles;
import com.techroute.infra.bicep.BicepValue.BicepArray;
import com.techroute.infra.bicep.BicepValue.BicepExpression;
import com.techroute.infra.bicep.BicepValue.BicepObject;
import com.techroute.infra.bicep.BicepValue.BicepString;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the security-relevant settings of each module as written in the Bicep source. */
class SecureDefaultsTest {

    private final List<BicepFile> templates = InfraFiles.templates();

    @Test
    void vaultUsesRbacSoftDeleteAndPurgeProtection() {
        BicepResource vault = resource("key-vault.bicep", "Microsoft.KeyVault/vaults");

        assertThat(literal(vault, "properties", "enableRbacAuthorization")).isEqualTo("true");
        assertThat(literal(vault, "properties", "enableSoftDelete")).isEqualTo("true");
        assertThat(literal(vault, "properties", "enablePurgeProtection")).isEqualTo("true");
    }

    @Test
    void signingKeyIsEcP256ForSigning() {
        BicepResource signingKey = symbol("key-vault.bicep", "signingKey");

        assertThat(string(signingKey, "properties", "kty")).isEqualTo("EC");
        assertThat(string(signingKey, "properties", "curveName")).isEqualTo("P-256");
        assertThat(strings(signingKey, "properties", "keyOps")).containsExactly("sign", "verify");
        assertThat(expression(signingKey, "name")).isEqualTo("signingKeyName");
    }

    @Test
    void signingKeyNameDefaultsToContract() {
        BicepParameter name = module("main.bicep").parameter("signingKeyName").orElseThrow();

        assertThat(name.defaultValue()).isInstanceOf(BicepString.class);
        assertThat(((BicepString) name.defaultValue()).text()).isEqualTo("override-link-signing");
    }

    @Test
    void cosmosKeyIsRsaForWrapping() {
        BicepResource cosmosKey = symbol("key-vault.bicep", "cosmosKey");

        assertThat(string(cosmosKey, "properties", "kty")).isEqualTo("RSA");
        assertThat(strings(cosmosKey, "properties", "keyOps")).containsExactly("wrapKey", "unwrapKey");
    }

    @Test
    void webhookSecretIsNamedAfterTenant() {
        BicepResource secret = resource("key-vault.bicep", "Microsoft.KeyVault/vaults/secrets");
        BicepString prefix = (BicepString) module("key-vault.bicep").variable("teamsWebhookSecretPrefix").orElseThrow().value();

        assertThat(string(secret, "name")).isEqualTo("${teamsWebhookSecretPrefix}${firstTenantId}");
        assertThat(prefix.text()).isEqualTo("teams-webhook-");
        assertThat(expression(secret, "properties", "value")).isEqualTo("teamsWebhookUrl");
    }

    @Test
    void cosmosUsesIdentityForCustomerKey() {
        BicepResource account = resource("cosmos.bicep", BicepPolicy.COSMOS_ACCOUNT);

        assertThat(string(account, "properties", "defaultIdentity")).isEqualTo("UserAssignedIdentity=${identityResourceId}");
    }

    @Test
    void serviceBusDisablesLocalAuth() {
        BicepResource namespace = resource("service-bus.bicep", "Microsoft.ServiceBus/namespaces");

        assertThat(literal(namespace, "properties", "disableLocalAuth")).isEqualTo("true");
    }

    @Test
    void ticketsQueueUsesSessionsAndDeadLettering() {
        BicepResource queue = symbol("service-bus.bicep", "ticketsQueue");
        BicepParameter maxDeliveryCount = module("service-bus.bicep").parameter("ticketsMaxDeliveryCount").orElseThrow();

        assertThat(literal(queue, "properties", "requiresSession")).isEqualTo("true");
        assertThat(literal(queue, "properties", "deadLetteringOnMessageExpiration")).isEqualTo("true");
        assertThat(expression(queue, "properties", "maxDeliveryCount")).isEqualTo("ticketsMaxDeliveryCount");
        assertThat(maxDeliveryCount.defaultValue()).isEqualTo(new BicepExpression("10", maxDeliveryCount.line()));
    }

    @Test
    void storageRejectsSharedKeyAndPublicBlobs() {
        BicepResource account = resource("storage.bicep", "Microsoft.Storage/storageAccounts");

        assertThat(literal(account, "properties", "allowSharedKeyAccess")).isEqualTo("false");
        assertThat(literal(account, "properties", "allowBlobPublicAccess")).isEqualTo("false");
        assertThat(string(account, "properties", "minimumTlsVersion")).isEqualTo("TLS1_2");
    }

    @Test
    void functionAppRunsAsUserAssignedIdentity() {
        BicepResource site = resource("function-app.bicep", "Microsoft.Web/sites");

        assertThat(string(site, "identity", "type")).isEqualTo("UserAssigned");
        assertThat(literal(site, "properties", "httpsOnly")).isEqualTo("true");
    }

    @Test
    void functionAppRunsJava17OnEveryPlan() {
        BicepFile functionApp = module("function-app.bicep");
        BicepObject flex = (BicepObject) functionApp.variable("flexFunctionAppConfig").orElseThrow().value();
        BicepObject premium = (BicepObject) functionApp.variable("premiumSiteConfig").orElseThrow().value();

        assertThat(flex.path("runtime", "name").map(v -> ((BicepString) v).text())).contains("java");
        assertThat(flex.path("runtime", "version").map(v -> ((BicepString) v).text())).contains("17");
        assertThat(premium.path("linuxFxVersion").map(v -> ((BicepString) v).text())).contains("Java|17");
    }

    @Test
    void signInUsesEntraId() {
        BicepResource auth = symbol("function-app.bicep", "authSettings");

        assertThat(auth.literalName()).contains("authsettingsV2");
        assertThat(literal(auth, "properties", "identityProviders", "azureActiveDirectory", "enabled")).isEqualTo("true");
        assertThat(expression(auth, "properties", "identityProviders", "azureActiveDirectory", "registration", "clientId")).isEqualTo("overrideAuthClientId");
    }

    private BicepFile module(String fileName) {
        return templates.stream().filter(f -> f.path().getFileName().toString().equals(fileName)).findFirst().orElseThrow();
    }

    private BicepResource resource(String fileName, String type) {
        List<BicepResource> resources = module(fileName).resourcesOfType(type).stream().filter(r -> !r.existing()).toList();
        assertThat(resources).as(type + " in " + fileName).hasSize(1);
        return resources.get(0);
    }

    private BicepResource symbol(String fileName, String symbol) {
        return module(fileName).resources().stream().filter(r -> r.symbol().equals(symbol)).findFirst().orElseThrow();
    }

    private static String literal(BicepResource resource, String... path) {
        return expression(resource, path);
    }

    private static String expression(BicepResource resource, String... path) {
        return ((BicepExpression) resource.path(path).orElseThrow()).source();
    }

    private static String string(BicepResource resource, String... path) {
        return ((BicepString) resource.path(path).orElseThrow()).text();
    }

    private static List<String> strings(BicepResource resource, String... path) {
        return ((BicepArray) resource.path(path).orElseThrow()).items().stream().map(v -> ((BicepString) v).text()).toList();
    }
}
