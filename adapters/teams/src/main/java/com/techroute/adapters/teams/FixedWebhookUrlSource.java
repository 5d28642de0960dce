package com.techroute.adapters.teams;

import com.techroute.engine.domain.TenantId;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Webhook URLs given in code: one URL for every tenant, or one per tenant. For the local runner and tests.
 */
public final class FixedWebhookUrlSource implements WebhookUrlSource {

    private final URI everyTenant;
    private final Map<TenantId, URI> byTenant;

    private FixedWebhookUrlSource(URI everyTenant, Map<TenantId, URI> byTenant) {
        this.everyTenant = everyTenant;
        this.byTenant = Map.copyOf(byTenant);
        if (everyTenant != null) {
            WebhookFile.requireHttp(everyTenant, "Webhook URL");
        }
        this.byTenant.forEach((tenant, url) -> WebhookFile.requireHttp(url, "Webhook URL of tenant (" + tenant + ")"));
    }

    /** Returns a source that gives the same URL for every tenant. */
    public static FixedWebhookUrlSource forEveryTenant(URI url) {
        return new FixedWebhookUrlSource(Objects.requireNonNull(url, "url must not be null"), Map.of());
    }

    /** Returns a source with one URL per tenant; other tenants have none. */
    public static FixedWebhookUrlSource perTenant(Map<TenantId, URI> urls) {
        return new FixedWebhookUrlSource(null, urls);
    }

    @Override
    public Optional<URI> webhookFor(TenantId tenant) {
        return everyTenant != null ? Optional.of(everyTenant) : Optional.ofNullable(byTenant.get(tenant));
    }

    @Override
    public String toString() {
        return "FixedWebhookUrlSource(" + (everyTenant != null ? "every tenant: " + WebhookUrls.redact(everyTenant)
                : byTenant.size() + " tenants") + ")";
    }
}
