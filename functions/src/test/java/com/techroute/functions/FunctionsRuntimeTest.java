package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.functions.AppSettings.InvalidSettingsException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionsRuntimeTest {

    @Test
    void emptyEnvironmentListsEveryMissingSetting() {
        assertThatThrownBy(() -> FunctionsRuntime.fromEnvironment(Map.of()))
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(error -> {
                    for (String name : AppSettings.REQUIRED) {
                        assertThat(error.getMessage()).contains("missing: " + name);
                    }
                    assertThat(((InvalidSettingsException) error).problems()).hasSize(AppSettings.REQUIRED.size());
                });
    }

    @Test
    void invalidValuesAreListedWithMissingOnes() {
        Map<String, String> values = TestSettings.complete();
        values.remove(AppSettings.KEY_VAULT_URI);
        values.put(AppSettings.OVERRIDE_TOKEN_TTL_MINUTES, "sixty");
        values.put(AppSettings.REBALANCE_SCHEDULE, "*/15 * * * *");
        values.put(AppSettings.COSMOS_ENDPOINT, "http://cosmos.example");

        assertThatThrownBy(() -> FunctionsRuntime.fromEnvironment(values))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("missing: KeyVaultUri")
                .hasMessageContaining("invalid: OverrideTokenTtlMinutes is not a whole number from 1 to 10080")
                .hasMessageContaining("invalid: RebalanceSchedule is not a six-field NCRONTAB schedule")
                .hasMessageContaining("invalid: CosmosEndpoint is not an https URL")
                .hasMessageNotContaining("sixty");
    }

    @Test
    void settingsAreTyped() {
        AppSettings settings = TestSettings.settings();

        assertThat(settings.overrideTokenTtl()).isEqualTo(Duration.ofMinutes(60));
        assertThat(settings.rebalanceTimeLimit()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.rebalanceMaxMoves()).isEqualTo(20);
        assertThat(settings.overrideBaseUrl().toString()).isEqualTo("http://127.0.0.1:7071");
        assertThat(settings.managedIdentityClientId()).isNull();
    }

    @Test
    void baseUrlKeepsSchemeAndHostOnly() {
        Map<String, String> values = TestSettings.complete();
        values.put(AppSettings.OVERRIDE_BASE_URL, "https://techroute.azurewebsites.net/");

        assertThat(AppSettings.read(values).overrideBaseUrl().toString()).isEqualTo("https://techroute.azurewebsites.net");
    }
}
