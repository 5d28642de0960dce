package com.techroute.infra.bicep;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.infra.InfraFiles;
import com.techroute.infra.bicep.BicepValue.BicepExpression;
import com.techroute.infra.bicep.BicepValue.BicepString;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks that the templates grant the app identity exactly the roles it needs, each on the
 * narrowest scope, and nothing broader.
 */
class RoleAssignmentsTest {

    private static final String KEY_VAULT_CRYPTO_USER = "12338af0-0e69-4776-bea7-57ae8d297424";
    private static final String KEY_VAULT_CRYPTO_SERVICE_ENCRYPTION_USER = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
    private static final String KEY_VAULT_SECRETS_USER = "4633458b-17de-408a-b874-0445c86b69e6";
    private static final String SERVICE_BUS_DATA_RECEIVER = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0";
    private static final String SERVICE_BUS_DATA_SENDER = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39";
    private static final String STORAGE_BLOB_DATA_OWNER = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private static final String STORAGE_TABLE_DATA_CONTRIBUTOR = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private static final String MONITORING_METRICS_PUBLISHER = "3913510d-42f4-4e42-8a64-420c390055eb";
    private static final String COSMOS_DATA_CONTRIBUTOR = "00000000-0000-0000-0000-000000000002";

    private static final Pattern GUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");

    private final List<BicepFile> templates = InfraFiles.templates();

    @Test
    void identityHasExactlyTheNeededRoles() {
        Set<String> grants = new HashSet<>();
        for (BicepFile file : templates) {
            for (BicepResource assignment : file.resourcesOfType("Microsoft.Authorization/roleAssignments")) {
                grants.add(roleOf(file, assignment) + " on " + scopeTypeOf(file, assignment));
            }
        }

        assertThat(grants).containsExactlyInAnyOrder(
                KEY_VAULT_CRYPTO_USER + " on Microsoft.KeyVault/vaults/keys",
                KEY_VAULT_CRYPTO_SERVICE_ENCRYPTION_USER + " on Microsoft.KeyVault/vaults/keys",
                KEY_VAULT_SECRETS_USER + " on Microsoft.KeyVault/vaults",
                SERVICE_BUS_DATA_RECEIVER + " on Microsoft.ServiceBus/namespaces/queues",
                SERVICE_BUS_DATA_SENDER + " on Microsoft.ServiceBus/namespaces/queues",
                SERVICE_BUS_DATA_SENDER + " on Microsoft.ServiceBus/namespaces/topics",
                STORAGE_BLOB_DATA_OWNER + " on Microsoft.Storage/storageAccounts",
                STORAGE_TABLE_DATA_CONTRIBUTOR + " on Microsoft.Storage/storageAccounts",
                MONITORING_METRICS_PUBLISHER + " on Microsoft.Insights/components");
    }

    @Test
    void cryptoUserCoversOnlySigningKey() {
        BicepFile keyVault = module("key-vault.bicep");
        BicepResource assignment = keyVault.resources().stream()
                .filter(r -> r.type().equals("Microsoft.Authorization/roleAssignments") && roleOf(keyVault, r).equals(KEY_VAULT_CRYPTO_USER))
                .findFirst().orElseThrow();

        assertThat(assignment.path("scope")).contains(new BicepExpression("signingKey", assignment.path("scope").orElseThrow().line()));
    }

    @Test
    void cosmosDataRoleCoversOnlyDatabase() {
        BicepFile cosmos = module("cosmos.bicep");
        BicepResource assignment = cosmos.resourcesOfType("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments").get(0);
        BicepString scope = (BicepString) assignment.path("properties", "scope").orElseThrow();

        assertThat(roleOf(cosmos, assignment)).isEqualTo(COSMOS_DATA_CONTRIBUTOR);
        assertThat(scope.text()).endsWith("/dbs/${databaseName}");
    }

    private String roleOf(BicepFile file, BicepResource assignment) {
        BicepValue roleDefinition = assignment.path("properties", "roleDefinitionId").orElseThrow();
        String source = roleDefinition instanceof BicepString string ? string.text() : ((BicepExpression) roleDefinition).source();
        Matcher identifiers = IDENTIFIER.matcher(source);
        while (identifiers.find()) {
            Optional<String> guid = file.variable(identifiers.group())
                    .map(BicepVariable::value)
                    .filter(value -> value instanceof BicepString string && GUID.matcher(string.text()).matches())
                    .map(value -> ((BicepString) value).text());
            if (guid.isPresent()) {
                return guid.get();
            }
        }
        throw new AssertionError(file.path() + ":" + assignment.line() + ": role (" + source + ") names no GUID variable.");
    }

    private String scopeTypeOf(BicepFile file, BicepResource assignment) {
        String scope = ((BicepExpression) assignment.path("scope").orElseThrow()).source();
        return file.resources().stream().filter(r -> r.symbol().equals(scope)).map(BicepResource::type).findFirst()
                .orElseThrow(() -> new AssertionError(file.path() + ":" + assignment.line() + ": scope (" + scope + ") is not a resource of the file."));
    }

    private BicepFile module(String fileName) {
        return templates.stream().filter(f -> f.path().getFileName().toString().equals(fileName)).findFirst().orElseThrow();
    }
}
