package com.techroute.local.serve;

import com.techroute.functions.AppSettings;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The app settings of the local host, in the form the functions read them, so the runtime and the health
 * check see the same values.
 *
 * <p>NOTE: the local parts never read the Service Bus, Cosmos DB and Key Vault settings. They hold
 * placeholder names under the reserved {@code .invalid} domain, which pass the settings check and can
 * never resolve to a host.
 */
final class LocalAppSettings {

    /** Lifetime of an override link, as in {@code local.settings.sample.json}. */
    static final int OVERRIDE_TOKEN_TTL_MINUTES = 60;
    static final int REBALANCE_MAX_MOVES = 20;
    static final int REBALANCE_TIME_LIMIT_SECONDS = 2;

    private LocalAppSettings() {
    }

    /** Returns every setting of {@link AppSettings#REQUIRED}, with override links starting at {@code baseUrl}. */
    static Map<String, String> values(URI baseUrl) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AppSettings.SERVICE_BUS_NAMESPACE, "servicebus.invalid");
        values.put(AppSettings.TICKETS_QUEUE, "tickets");
        values.put(AppSettings.INVALID_TICKETS_QUEUE, "invalid-tickets");
        values.put(AppSettings.ASSIGNMENT_EVENTS_TOPIC, "assignment-events");
        values.put(AppSettings.COSMOS_ENDPOINT, "https://cosmos.invalid/");
        values.put(AppSettings.COSMOS_DATABASE, "techroute");
        values.put(AppSettings.KEY_VAULT_URI, "https://keyvault.invalid/");
        values.put(AppSettings.SIGNING_KEY_NAME, "local-key-file");
        values.put(AppSettings.TEAMS_WEBHOOK_SECRET_PREFIX, "teams-webhook-");
        // The local timer takes its interval from --rebalance-every; the schedule only has to pass the check.
        values.put(AppSettings.REBALANCE_SCHEDULE, "0 */15 * * * *");
        values.put(AppSettings.REBALANCE_MAX_MOVES, Integer.toString(REBALANCE_MAX_MOVES));
        values.put(AppSettings.REBALANCE_TIME_LIMIT_SECONDS, Integer.toString(REBALANCE_TIME_LIMIT_SECONDS));
        values.put(AppSettings.OVERRIDE_BASE_URL, baseUrl.toString());
        values.put(AppSettings.OVERRIDE_TOKEN_TTL_MINUTES, Integer.toString(OVERRIDE_TOKEN_TTL_MINUTES));
        return Map.copyOf(values);
    }
}
