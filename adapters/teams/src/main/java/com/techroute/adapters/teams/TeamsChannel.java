package com.techroute.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.domain.TenantId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a tenant's Teams messages: looks up the tenant's webhook and posts to it. Every failure comes
 * back as a result instead of an exception, so a notification never blocks or undoes the work it
 * reports. The caller audits a failed result.
 */
public final class TeamsChannel {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsChannel.class);

    private final WebhookUrlSource urls;
    private final TeamsWebhookNotifier notifier;

    public TeamsChannel(WebhookUrlSource urls, TeamsWebhookNotifier notifier) {
        this.urls = Objects.requireNonNull(urls, "webhook source must not be null");
        this.notifier = Objects.requireNonNull(notifier, "notifier must not be null");
    }

    /** Sends a message to the tenant's channel and returns the outcome; a failure is a result, not an exception. */
    public NotificationResult send(TenantId tenant, ObjectNode message) {
        Optional<URI> url;
        try {
            url = urls.webhookFor(tenant);
        } catch (RuntimeException e) {
            // Any lookup failure, expected or not, must leave the assignment standing: report it instead.
            LOG.warn("Failed to look up the Teams webhook of tenant ({}): {}", tenant, e.getMessage());
            return NotificationResult.failedBeforePost("webhook lookup failed: " + e.getMessage());
        }
        if (url.isEmpty()) {
            LOG.debug("Tenant ({}) has no Teams webhook; message not sent", tenant);
            return NotificationResult.skipped("tenant has no Teams webhook");
        }
        try {
            return notifier.post(url.get(), message);
        } catch (RuntimeException e) {
            // The notifier reports HTTP and connection failures as results; this guards against the rest.
            LOG.warn("Posting the Teams message of tenant ({}) failed: {}", tenant,
                    WebhookUrls.scrub(e.getMessage(), url.get()));
            return NotificationResult.failedBeforePost("post failed: " + WebhookUrls.scrub(e.getMessage(), url.get()));
        }
    }
}
