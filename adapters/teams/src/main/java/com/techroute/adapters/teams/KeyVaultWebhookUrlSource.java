package com.techroute.adapters.teams;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import com.techroute.engine.domain.TenantId;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each tenant's webhook URL from the Key Vault secret named {@code <prefix><tenantId>}, signed in
 * with {@code DefaultAzureCredential}, and keeps it for {@link #CACHE_TIME} so that a burst of cards does
 * not call the vault for each one. A missing secret means the tenant has no Teams channel.
 *
 * <p>The identity needs the role Key Vault Secrets User on the vault. Thread-safe.
 */
public final class KeyVaultWebhookUrlSource implements WebhookUrlSource {

    /** How long a URL read from the vault is reused before it is read again. */
    public static final Duration CACHE_TIME = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(KeyVaultWebhookUrlSource.class);
    private static final Pattern SECRET_NAME = Pattern.compile("[0-9A-Za-z-]{1,127}");

    private final SecretClient secrets;
    private final String prefix;
    private final Clock clock;
    private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();

    KeyVaultWebhookUrlSource(SecretClient secrets, String prefix, Clock clock) {
        this.secrets = Objects.requireNonNull(secrets, "secret client must not be null");
        this.prefix = Objects.requireNonNull(prefix, "prefix must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Creates a source for a vault. Creating contacts nothing; the first lookup gets a token.
     *
     * @param vaultUrl vault URL, such as {@code https://techroute-prod.vault.azure.net/}
     * @param prefix secret name prefix, such as {@code teams-webhook-}
     * @param managedIdentityClientId client id of a user-assigned identity, or null for the default identity
     */
    public static KeyVaultWebhookUrlSource create(String vaultUrl, String prefix, String managedIdentityClientId) {
        DefaultAzureCredentialBuilder credential = new DefaultAzureCredentialBuilder();
        if (managedIdentityClientId != null && !managedIdentityClientId.isBlank()) {
            credential.managedIdentityClientId(managedIdentityClientId.strip());
        }
        SecretClient client = new SecretClientBuilder().vaultUrl(vaultUrl).credential(credential.build()).buildClient();
        return new KeyVaultWebhookUrlSource(client, prefix, Clock.systemUTC());
    }

    @Override
    public Optional<URI> webhookFor(TenantId tenant) {
        Instant now = clock.instant();
        Cached cached = cache.get(tenant);
        if (cached != null && now.isBefore(cached.readAt().plus(CACHE_TIME))) {
            return cached.url();
        }
        Optional<URI> url = read(secretName(tenant));
        cache.put(tenant, new Cached(url, now));
        return url;
    }

    /**
     * Returns the secret name of a tenant's webhook.
     *
     * @throws WebhookLookupException when the name is not a valid Key Vault secret name
     */
    String secretName(TenantId tenant) {
        String name = prefix + tenant.value();
        if (!SECRET_NAME.matcher(name).matches()) {
            throw new WebhookLookupException(String.format("Secret name (%s) for tenant (%s) is not a valid Key Vault"
                    + " secret name: use 1 to 127 letters, digits and hyphens. Tenants with a Teams webhook need an"
                    + " id of letters, digits and hyphens.", name, tenant));
        }
        return name;
    }

    private Optional<URI> read(String name) {
        String value;
        try {
            value = secrets.getSecret(name).getValue();
        } catch (ResourceNotFoundException e) {
            LOG.info("Key Vault secret ({}) does not exist; the tenant gets no Teams messages", name);
            return Optional.empty();
        } catch (HttpResponseException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
            throw new WebhookLookupException(String.format("Failed to read Key Vault secret (%s) from vault (%s):"
                    + " status %d. %s", name, secrets.getVaultUrl(), status, status == 403
                    ? "Grant the app identity the role Key Vault Secrets User on the vault." : "Retry later."), e);
        }
        if (value == null || value.isBlank()) {
            throw new WebhookLookupException("Key Vault secret (" + name + ") is empty. Set it to the webhook URL.");
        }
        try {
            return Optional.of(WebhookFile.requireHttp(new URI(value.strip()), "Key Vault secret (" + name + ")"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new WebhookLookupException("Key Vault secret (" + name + ") does not hold a valid http or https URL."
                    + " Set it to the URL the Teams workflow shows.");
        }
    }

    private record Cached(Optional<URI> url, Instant readAt) {
    }
}
