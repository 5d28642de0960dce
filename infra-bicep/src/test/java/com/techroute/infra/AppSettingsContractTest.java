package com.techroute.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Checks local.settings.sample.json and docs/settings.md, which together define the app settings. */
class AppSettingsContractTest {

    // The settings the functions read; docs/settings.md explains each one.
    private static final List<String> CONTRACT = List.of(
            "FUNCTIONS_WORKER_RUNTIME",
            "AzureWebJobsStorage",
            "ServiceBusConnection__fullyQualifiedNamespace",
            "TicketsQueueName",
            "InvalidTicketsQueueName",
            "AssignmentEventsTopicName",
            "CosmosEndpoint",
            "CosmosDatabaseName",
            "KeyVaultUri",
            "SigningKeyName",
            "TeamsWebhookSecretPrefix",
            "RebalanceSchedule",
            "RebalanceMaxMoves",
            "RebalanceTimeLimitSeconds",
            "OverrideBaseUrl",
            "OverrideTokenTtlMinutes",
            "AZURE_CLIENT_ID",
            "APPLICATIONINSIGHTS_CONNECTION_STRING");

    // Markers of keys and tokens that must never appear in the sample.
    private static final Pattern SECRET_MARKER = Pattern.compile("(?i)(AccountKey=|SharedAccessKey|sig=|InstrumentationKey=|password)");

    private final JsonNode sample = SettingsContract.sample();

    @Test
    void sampleIsNotEncrypted() {
        assertThat(sample.path("IsEncrypted").isBoolean()).isTrue();
        assertThat(sample.path("IsEncrypted").asBoolean()).isFalse();
    }

    @Test
    void sampleListsExactlyTheContract() {
        assertThat(SettingsContract.settingNames()).containsExactlyElementsOf(CONTRACT);
    }

    @Test
    void sampleValuesAreStrings() {
        sample.path("Values").properties().forEach(entry -> assertThat(entry.getValue().isString()).as(entry.getKey()).isTrue());
    }

    @Test
    void sampleHoldsNoSecret() {
        sample.path("Values").properties().forEach(entry ->
                assertThat(entry.getValue().asString()).as(entry.getKey()).doesNotContainPattern(SECRET_MARKER));
    }

    @Test
    void sampleUsesLocalStorageEmulator() {
        assertThat(sample.path("Values").path("AzureWebJobsStorage").asString()).isEqualTo("UseDevelopmentStorage=true");
    }

    @Test
    void sampleKeepsTelemetryOff() {
        assertThat(sample.path("Values").path("APPLICATIONINSIGHTS_CONNECTION_STRING").asString()).isEmpty();
    }

    @Test
    void sampleUsesContractDefaults() {
        JsonNode values = sample.path("Values");

        assertThat(values.path("FUNCTIONS_WORKER_RUNTIME").asString()).isEqualTo("java");
        assertThat(values.path("TicketsQueueName").asString()).isEqualTo("tickets");
        assertThat(values.path("InvalidTicketsQueueName").asString()).isEqualTo("invalid-tickets");
        assertThat(values.path("AssignmentEventsTopicName").asString()).isEqualTo("assignment-events");
        assertThat(values.path("CosmosDatabaseName").asString()).isEqualTo("techroute");
        assertThat(values.path("SigningKeyName").asString()).isEqualTo("override-link-signing");
        assertThat(values.path("TeamsWebhookSecretPrefix").asString()).isEqualTo("teams-webhook-");
        assertThat(values.path("RebalanceMaxMoves").asString()).isEqualTo("20");
        assertThat(values.path("RebalanceTimeLimitSeconds").asString()).isEqualTo("2");
        assertThat(values.path("OverrideTokenTtlMinutes").asString()).isEqualTo("60");
    }

    @Test
    void rebalanceScheduleHasSixFields() {
        String schedule = sample.path("Values").path("RebalanceSchedule").asString();

        assertThat(schedule.split(" ")).hasSize(6);
    }

    @Test
    void docsExplainEverySettingOnce() throws IOException {
        List<String> rows = Files.readAllLines(InfraFiles.repoDir().resolve("docs/settings.md")).stream()
                .filter(line -> line.startsWith("| `"))
                .toList();

        for (String setting : CONTRACT) {
            assertThat(rows).as(setting).filteredOn(row -> row.startsWith("| `" + setting + "` |")).hasSize(1);
        }
        assertThat(rows).hasSameSizeAs(CONTRACT);
    }
}
