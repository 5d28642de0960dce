package com.techroute.infra.bicep;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.infra.InfraFiles;
import com.techroute.infra.SettingsContract;
import com.techroute.infra.bicep.BicepValue.BicepArray;
import com.techroute.infra.bicep.BicepValue.BicepString;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks the real templates against {@link BicepPolicy}, and that each rule rejects a fixture
 * built to break it.
 *
 * <p>NOTE: these tests read the Bicep source; they cannot catch type errors, unknown properties,
 * wrong or retired API versions, or how Azure Resource Manager deploys the template (ordering,
 * role propagation, name collisions). `bicep build` and `bicep lint` in the infra workflow catch
 * the first ones; only a deployment catches the last.
 */
class BicepPolicyTest {

    private final List<BicepFile> templates = InfraFiles.templates();

    @Test
    void realParametersHaveDescriptions() {
        assertThat(BicepPolicy.describedParameters(templates)).isEmpty();
    }

    @Test
    void parameterWithoutDescriptionIsRejected() {
        List<PolicyViolation> violations = BicepPolicy.describedParameters(List.of(InfraFiles.fixture("missing-parameter-description.bicep")));

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString().contains("Parameter (namePrefix)");
        assertThat(violations).extracting(PolicyViolation::line).containsExactly(6);
    }

    @Test
    void realOutputsHaveDescriptions() {
        assertThat(BicepPolicy.describedOutputs(templates)).isEmpty();
    }

    @Test
    void outputWithoutDescriptionIsRejected() {
        List<PolicyViolation> violations = BicepPolicy.describedOutputs(List.of(InfraFiles.fixture("missing-output-description.bicep")));

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString().contains("Output (endpoint)");
    }

    @Test
    void realSecretParametersAreSecure() {
        assertThat(BicepPolicy.secureSecrets(templates)).isEmpty();
    }

    @Test
    void realWebhookParameterIsSecure() {
        BicepFile main = templates.get(0);

        assertThat(main.parameter("teamsWebhookUrl").orElseThrow().isSecure()).isTrue();
    }

    @Test
    void insecureWebhookParameterIsRejected() {
        List<PolicyViolation> violations = BicepPolicy.secureSecrets(List.of(InfraFiles.fixture("insecure-webhook-parameter.bicep")));

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString().contains("Parameter (teamsWebhookUrl)");
    }

    @Test
    void realContainersArePartitionedByTenant() {
        assertThat(BicepPolicy.tenantPartitionKey(templates)).isEmpty();
    }

    @Test
    void realContainersAreChecked() {
        long containers = templates.stream().mapToLong(f -> f.resourcesOfType(BicepPolicy.COSMOS_CONTAINER).size()).sum();

        // The looped container resource and the override-token container.
        assertThat(containers).isEqualTo(2);
    }

    @Test
    void cosmosModuleDeclaresEveryContainer() {
        BicepFile cosmos = moduleNamed("cosmos.bicep");
        BicepArray names = (BicepArray) cosmos.variable("containerNames").orElseThrow().value();

        assertThat(names.items()).extracting(item -> ((BicepString) item).text())
                .containsExactly("tenants", "technicians", "clients", "tickets", "assignments", "unassigned", "audit");
    }

    @Test
    void containerWithOtherPartitionKeyIsRejected() {
        List<PolicyViolation> violations = BicepPolicy.tenantPartitionKey(List.of(InfraFiles.fixture("container-wrong-partition-key.bicep")));

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString()
                .contains("Container (tickets)")
                .contains("'/id'");
    }

    @Test
    void realCosmosAccountPassesKeyRule() {
        assertThat(BicepPolicy.cosmosCustomerKey(templates)).isEmpty();
    }

    @Test
    void realCosmosAccountIsChecked() {
        long accounts = templates.stream().mapToLong(f -> f.resourcesOfType(BicepPolicy.COSMOS_ACCOUNT).size()).sum();

        assertThat(accounts).isEqualTo(1);
    }

    @Test
    void cosmosAccountWithoutCustomerKeyIsRejected() {
        List<PolicyViolation> violations = BicepPolicy.cosmosCustomerKey(List.of(InfraFiles.fixture("cosmos-without-customer-key.bicep")));

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString().contains("keyVaultKeyUri");
    }

    @Test
    void cosmosAccountWithLocalAuthIsRejected() {
        List<PolicyViolation> violations = BicepPolicy.cosmosCustomerKey(List.of(InfraFiles.fixture("cosmos-local-auth-enabled.bicep")));

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString()
                .contains("disableLocalAuth")
                .contains("(false)");
    }

    @Test
    void realFunctionAppProvidesEverySampleSetting() {
        assertThat(BicepPolicy.appSettingsContract(templates, SettingsContract.settingNames())).isEmpty();
    }

    @Test
    void realFunctionAppUsesIdentityForHostStorage() {
        Set<String> provided = AppSettingsReader.settingNames(moduleNamed("function-app.bicep"));

        assertThat(provided).contains("AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId");
        assertThat(provided).doesNotContain("AzureWebJobsStorage");
    }

    @Test
    void realFunctionAppUsesIdentityForServiceBus() {
        Set<String> provided = AppSettingsReader.settingNames(moduleNamed("function-app.bicep"));

        assertThat(provided).contains("ServiceBusConnection__credential", "ServiceBusConnection__clientId");
    }

    @Test
    void functionAppMissingSettingsIsRejected() {
        List<PolicyViolation> violations = BicepPolicy.appSettingsContract(
                List.of(InfraFiles.fixture("function-app-missing-setting.bicep")), SettingsContract.settingNames());

        assertThat(violations).extracting(PolicyViolation::message)
                .anyMatch(message -> message.contains("App setting (RebalanceSchedule)"))
                .anyMatch(message -> message.contains("App setting (AzureWebJobsStorage)"))
                .noneMatch(message -> message.contains("App setting (TicketsQueueName)"));
    }

    @Test
    void plainHostStorageSettingIsAccepted() {
        List<PolicyViolation> violations = BicepPolicy.appSettingsContract(
                List.of(InfraFiles.fixture("function-app-site-config-settings.bicep")),
                List.of("FUNCTIONS_WORKER_RUNTIME", "AzureWebJobsStorage", "OverrideBaseUrl"));

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString().contains("App setting (OverrideBaseUrl)");
    }

    @Test
    void filesWithoutFunctionAppAreRejected() {
        List<PolicyViolation> violations = BicepPolicy.appSettingsContract(
                List.of(InfraFiles.fixture("cosmos-without-customer-key.bicep")), List.of("TicketsQueueName"));

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString().contains("No Function App app settings found");
    }

    @Test
    void realParameterFilesKeepSecretsOut() {
        assertThat(BicepPolicy.parameterFileSecrets(InfraFiles.parameterFiles(), InfraFiles::templateOf)).isEmpty();
    }

    @Test
    void literalSecretInParameterFileIsRejected() {
        BicepFile literal = InfraFiles.fixture("param-file/literal-secret.bicepparam");

        List<PolicyViolation> violations = BicepPolicy.parameterFileSecrets(List.of(literal), InfraFiles::templateOf);

        assertThat(violations).extracting(PolicyViolation::message).singleElement().asString().contains("Secure parameter (teamsWebhookUrl)");
    }

    @Test
    void environmentSecretInParameterFileIsAccepted() {
        BicepFile fromEnvironment = InfraFiles.fixture("param-file/environment-secret.bicepparam");

        assertThat(BicepPolicy.parameterFileSecrets(List.of(fromEnvironment), InfraFiles::templateOf)).isEmpty();
    }

    private BicepFile moduleNamed(String fileName) {
        return templates.stream().filter(f -> f.path().getFileName().toString().equals(fileName)).findFirst().orElseThrow();
    }
}
