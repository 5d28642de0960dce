package com.techroute.functions;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The app settings the functions read, typed and checked once at start. Names and meanings are those of
 * {@code docs/settings.md}; none of them contains a secret.
 *
 * @param serviceBusNamespace fully qualified Service Bus namespace, such as {@code techroute.servicebus.windows.net}
 * @param ticketsQueue session-enabled queue of incoming tickets
 * @param invalidTicketsQueue queue of messages set aside as invalid
 * @param assignmentEventsTopic topic of assignment events
 * @param cosmosEndpoint Cosmos DB account endpoint
 * @param cosmosDatabase Cosmos DB database name
 * @param keyVaultUri Key Vault that holds the signing key and the webhook secrets
 * @param signingKeyName name of the EC P-256 key that signs override links
 * @param teamsWebhookSecretPrefix prefix of each tenant's webhook secret name
 * @param rebalanceSchedule NCRONTAB schedule of the rebalance timer; the binding reads it, this is for checking
 * @param rebalanceMaxMoves most tickets one rebalance run may move, 0 or more
 * @param rebalanceTimeLimit time limit of one rebalance run, positive
 * @param overrideBaseUrl scheme and host of override links, without a path
 * @param overrideTokenTtl lifetime of an override link, positive
 * @param managedIdentityClientId client id of the user-assigned identity, or null for the default identity
 * @param signInRequired whether App Service authentication is on ({@value #WEBSITE_AUTH_ENABLED} is true), so
 *     the override page sends a dispatcher without a signed-in principal to the sign-in page
 */
public record AppSettings(String serviceBusNamespace, String ticketsQueue, String invalidTicketsQueue,
        String assignmentEventsTopic, String cosmosEndpoint, String cosmosDatabase, String keyVaultUri,
        String signingKeyName, String teamsWebhookSecretPrefix, String rebalanceSchedule, int rebalanceMaxMoves,
        Duration rebalanceTimeLimit, URI overrideBaseUrl, Duration overrideTokenTtl, String managedIdentityClientId,
        boolean signInRequired) {

    public static final String SERVICE_BUS_NAMESPACE = "ServiceBusConnection__fullyQualifiedNamespace";
    public static final String TICKETS_QUEUE = "TicketsQueueName";
    public static final String INVALID_TICKETS_QUEUE = "InvalidTicketsQueueName";
    public static final String ASSIGNMENT_EVENTS_TOPIC = "AssignmentEventsTopicName";
    public static final String COSMOS_ENDPOINT = "CosmosEndpoint";
    public static final String COSMOS_DATABASE = "CosmosDatabaseName";
    public static final String KEY_VAULT_URI = "KeyVaultUri";
    public static final String SIGNING_KEY_NAME = "SigningKeyName";
    public static final String TEAMS_WEBHOOK_SECRET_PREFIX = "TeamsWebhookSecretPrefix";
    public static final String REBALANCE_SCHEDULE = "RebalanceSchedule";
    public static final String REBALANCE_MAX_MOVES = "RebalanceMaxMoves";
    public static final String REBALANCE_TIME_LIMIT_SECONDS = "RebalanceTimeLimitSeconds";
    public static final String OVERRIDE_BASE_URL = "OverrideBaseUrl";
    public static final String OVERRIDE_TOKEN_TTL_MINUTES = "OverrideTokenTtlMinutes";
    public static final String AZURE_CLIENT_ID = "AZURE_CLIENT_ID";
    /** Set by App Service, not by the templates, when its authentication is on. */
    public static final String WEBSITE_AUTH_ENABLED = "WEBSITE_AUTH_ENABLED";

    /** The settings every function needs; {@link #AZURE_CLIENT_ID} and {@link #WEBSITE_AUTH_ENABLED} are optional. */
    public static final List<String> REQUIRED = List.of(SERVICE_BUS_NAMESPACE, TICKETS_QUEUE, INVALID_TICKETS_QUEUE,
            ASSIGNMENT_EVENTS_TOPIC, COSMOS_ENDPOINT, COSMOS_DATABASE, KEY_VAULT_URI, SIGNING_KEY_NAME,
            TEAMS_WEBHOOK_SECRET_PREFIX, REBALANCE_SCHEDULE, REBALANCE_MAX_MOVES, REBALANCE_TIME_LIMIT_SECONDS,
            OVERRIDE_BASE_URL, OVERRIDE_TOKEN_TTL_MINUTES);

    public AppSettings {
        Objects.requireNonNull(overrideBaseUrl, "overrideBaseUrl must not be null");
        Objects.requireNonNull(overrideTokenTtl, "overrideTokenTtl must not be null");
        Objects.requireNonNull(rebalanceTimeLimit, "rebalanceTimeLimit must not be null");
    }

    /**
     * Reads and checks every setting.
     *
     * @param values the app settings, such as {@code System.getenv()}
     * @throws InvalidSettingsException listing every missing and every invalid setting in one message
     */
    public static AppSettings read(Map<String, String> values) {
        SettingsReader reader = new SettingsReader(values);
        AppSettings settings = new AppSettings(
                reader.host(SERVICE_BUS_NAMESPACE),
                reader.text(TICKETS_QUEUE),
                reader.text(INVALID_TICKETS_QUEUE),
                reader.text(ASSIGNMENT_EVENTS_TOPIC),
                reader.https(COSMOS_ENDPOINT),
                reader.text(COSMOS_DATABASE),
                reader.https(KEY_VAULT_URI),
                reader.text(SIGNING_KEY_NAME),
                reader.text(TEAMS_WEBHOOK_SECRET_PREFIX),
                reader.schedule(REBALANCE_SCHEDULE),
                reader.integer(REBALANCE_MAX_MOVES, 0, 10_000),
                Duration.ofSeconds(reader.integer(REBALANCE_TIME_LIMIT_SECONDS, 1, 600)),
                reader.baseUrl(OVERRIDE_BASE_URL),
                Duration.ofMinutes(reader.integer(OVERRIDE_TOKEN_TTL_MINUTES, 1, 7 * 24 * 60)),
                reader.optional(AZURE_CLIENT_ID),
                "true".equalsIgnoreCase(reader.optional(WEBSITE_AUTH_ENABLED)));
        reader.throwIfInvalid();
        return settings;
    }

    /** Returns every problem of the settings, one line each, naming the setting but never its value. */
    public static List<String> problems(Map<String, String> values) {
        try {
            read(values);
            return List.of();
        } catch (InvalidSettingsException e) {
            return e.problems();
        }
    }

    /** Settings that are missing or invalid, all listed in one message. */
    public static final class InvalidSettingsException extends IllegalStateException {

        private final transient List<String> problems;

        InvalidSettingsException(List<String> problems) {
            super("The Functions app settings are incomplete: " + String.join("; ", problems)
                    + ". Set them as docs/settings.md describes.");
            this.problems = List.copyOf(problems);
        }

        /** Returns each problem, such as {@code missing: TicketsQueueName}. */
        public List<String> problems() {
            return problems;
        }
    }

    /** Reads settings and collects every problem instead of stopping at the first. */
    static final class SettingsReader {

        private final Map<String, String> values;
        private final List<String> missing = new ArrayList<>();
        private final List<String> invalid = new ArrayList<>();

        SettingsReader(Map<String, String> values) {
            this.values = Objects.requireNonNull(values, "values must not be null");
        }

        String text(String name) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
                return "";
            }
            return value.strip();
        }

        String optional(String name) {
            String value = values.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String host(String name) {
            String value = text(name);
            if (!value.isEmpty() && !value.matches("[A-Za-z0-9.-]+")) {
                invalid.add(name + " is not a host name; use the namespace host, such as techroute.servicebus.windows.net");
            }
            return value;
        }

        String https(String name) {
            String value = text(name);
            if (value.isEmpty()) {
                return value;
            }
            URI uri = uri(name, value);
            if (uri != null && (uri.getHost() == null || !"https".equalsIgnoreCase(uri.getScheme()))) {
                invalid.add(name + " is not an https URL with a host");
            }
            return value;
        }

        URI baseUrl(String name) {
            String value = text(name);
            URI uri = value.isEmpty() ? null : uri(name, value);
            if (uri == null) {
                return URI.create("http://invalid");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                invalid.add(name + " is not an http or https URL with a host");
            } else if (!(path.isEmpty() || path.equals("/")) || uri.getQuery() != null || uri.getFragment() != null) {
                invalid.add(name + " has a path, query or fragment; give scheme and host only, such as"
                        + " https://techroute.azurewebsites.net");
            }
            return URI.create(scheme + "://" + uri.getRawAuthority());
        }

        String schedule(String name) {
            String value = text(name);
            if (!value.isEmpty() && value.split("\\s+").length != 6) {
                invalid.add(name + " is not a six-field NCRONTAB schedule with seconds first, such as 0 */15 * * * *");
            }
            return value;
        }

        int integer(String name, int min, int max) {
            String value = text(name);
            if (value.isEmpty()) {
                return min;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // Reported below with the allowed range.
            }
            invalid.add(name + " is not a whole number from " + min + " to " + max);
            return min;
        }

        void throwIfInvalid() {
            List<String> problems = new ArrayList<>();
            missing.forEach(name -> problems.add("missing: " + name));
            problems.addAll(invalid.stream().map(text -> "invalid: " + text).toList());
            if (!problems.isEmpty()) {
                throw new InvalidSettingsException(problems);
            }
        }

        private URI uri(String name, String value) {
            try {
                return new URI(value);
            } catch (URISyntaxException e) {
                invalid.add(name + " is not a URL");
                return null;
            }
        }
    }
}
