package com.techroute.functions;

import java.util.LinkedHashMap;
import java.util.Map;

/** App settings for tests: every setting of docs/settings.md with a local value. */
final class TestSettings {

    private TestSettings() {
    }

    static Map<String, String> complete() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AppSettings.SERVICE_BUS_NAMESPACE, "techroute-test.servicebus.windows.net");
        values.put(AppSettings.TICKETS_QUEUE, "tickets");
        values.put(AppSettings.INVALID_TICKETS_QUEUE, "invalid-tickets");
        values.put(AppSettings.ASSIGNMENT_EVENTS_TOPIC, "assignment-events");
        values.put(AppSettings.COSMOS_ENDPOINT, "https://127.0.0.1:8081/");
        values.put(AppSettings.COSMOS_DATABASE, "techroute");
        values.put(AppSettings.KEY_VAULT_URI, "https://techroute-test-kv.vault.azure.net/");
        values.put(AppSettings.SIGNING_KEY_NAME, "override-link-signing");
        values.put(AppSettings.TEAMS_WEBHOOK_SECRET_PREFIX, "teams-webhook-");
        values.put(AppSettings.REBALANCE_SCHEDULE, "0 */15 * * * *");
        values.put(AppSettings.REBALANCE_MAX_MOVES, "20");
        values.put(AppSettings.REBALANCE_TIME_LIMIT_SECONDS, "2");
        values.put(AppSettings.OVERRIDE_BASE_URL, "http://127.0.0.1:7071");
        values.put(AppSettings.OVERRIDE_TOKEN_TTL_MINUTES, "60");
        values.put(AppSettings.AZURE_CLIENT_ID, "");
        return values;
    }

    static AppSettings settings() {
        return AppSettings.read(complete());
    }
}
