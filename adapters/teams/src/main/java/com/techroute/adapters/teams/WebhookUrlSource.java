package com.techroute.adapters.teams;

import com.techroute.engine.domain.TenantId;
import java.net.URI;
import java.util.Optional;

/**
 * Source of each tenant's Teams webhook URL. The URL is a secret, so implementations never log it.
 */
public interface WebhookUrlSource {

    /**
     * Returns the tenant's webhook URL, or empty when the tenant has none configured.
     *
     * @throws WebhookLookupException when the source cannot be read, such as a vault that refuses access
     */
    Optional<URI> webhookFor(TenantId tenant);

    /** Failure to read a webhook URL; its message never contains the URL. */
    final class WebhookLookupException extends RuntimeException {
        public WebhookLookupException(String message, Throwable cause) {
            super(message, cause);
        }

        public WebhookLookupException(String message) {
            super(message);
        }
    }
}
