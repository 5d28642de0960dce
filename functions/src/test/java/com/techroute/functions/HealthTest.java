package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void completeSettingsReportOk() {
        HttpResult result = new Health(TestSettings::complete, () -> "started").check();

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("\"status\":\"ok\"");
        assertThat(result.body()).contains("\"runtime\":\"started\"");
    }

    @Test
    void missingSettingsAreNamedWithoutValues() {
        Map<String, String> values = TestSettings.complete();
        values.remove(AppSettings.TICKETS_QUEUE);
        values.put(AppSettings.OVERRIDE_BASE_URL, "https://secret-host.example/with/path");

        HttpResult result = new Health(() -> values, () -> "not started yet").check();

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.body()).contains("missing: TicketsQueueName");
        assertThat(result.body()).contains("invalid: OverrideBaseUrl has a path");
        assertThat(result.body()).doesNotContain("secret-host");
        assertThat(result.body()).doesNotContain("techroute-test.servicebus.windows.net");
    }
}
