package com.techroute.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts Teams messages to a Workflows webhook, retrying throttling (429, honouring {@code Retry-After}),
 * 408, 5xx and broken connections with exponential backoff, up to {@link RetryPolicy#maxAttempts()}.
 *
 * <p>{@link #post} returns every HTTP status and connection failure as a {@link NotificationResult}
 * instead of throwing, so a failed notification never blocks or undoes an assignment. The webhook URL is a secret: logs and results show only its redacted
 * form. Thread-safe.
 */
public final class TeamsWebhookNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsWebhookNotifier.class);

    private final HttpClient http;
    private final RetryPolicy policy;

    public TeamsWebhookNotifier(HttpClient http, RetryPolicy policy) {
        this.http = Objects.requireNonNull(http, "http client must not be null");
        this.policy = Objects.requireNonNull(policy, "policy must not be null");
    }

    /** Creates a notifier with its own HTTP client, which follows no redirects. */
    public static TeamsWebhookNotifier create(RetryPolicy policy) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(policy.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new TeamsWebhookNotifier(http, policy);
    }

    /** Posts a message, retrying as the policy allows, and returns the outcome. */
    public NotificationResult post(URI webhook, ObjectNode message) {
        Objects.requireNonNull(webhook, "webhook must not be null");
        String target = WebhookUrls.redact(webhook);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(webhook)
                    .timeout(policy.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(TeamsMessages.toJson(message), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            LOG.warn("Teams webhook ({}) is not a URL the HTTP client accepts; message not sent", target);
            return NotificationResult.failedBeforePost("invalid webhook URL " + target + "; set an https URL");
        }
        Attempt last = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            last = attempt(request, webhook, attempt);
            if (last.result() != null) {
                return last.result();
            }
            if (attempt < policy.maxAttempts()) {
                LOG.warn("Teams webhook ({}) failed with {} on attempt {} of {}; retrying in {} ms", target,
                        last.problem(), attempt, policy.maxAttempts(), last.delay().toMillis());
                if (!sleep(last.delay())) {
                    return NotificationResult.failed(attempt, last.status(), "interrupted while waiting to retry");
                }
            }
        }
        LOG.warn("Teams webhook ({}) failed with {} after {} attempts; giving up", target, last.problem(),
                policy.maxAttempts());
        return NotificationResult.failed(policy.maxAttempts(), last.status(),
                "failed after " + policy.maxAttempts() + " attempts, last: " + last.problem());
    }

    /** Posts once; returns a final result, or the problem and the wait before the next attempt. */
    private Attempt attempt(HttpRequest request, URI webhook, int attempt) {
        String target = WebhookUrls.redact(webhook);
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            String problem = e.getClass().getSimpleName() + ": " + WebhookUrls.scrub(e.getMessage(), webhook);
            return new Attempt(null, 0, problem, policy.backoffAfter(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(NotificationResult.failed(attempt, 0, "interrupted while posting"), 0, "", null);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            LOG.info("Posted Teams message to webhook ({}) on attempt {} with status {}", target, attempt, status);
            return new Attempt(NotificationResult.delivered(attempt, status), status, "", null);
        }
        if (!retryable(status)) {
            LOG.warn("Teams webhook ({}) rejected the message with status {}; not retrying", target, status);
            return new Attempt(NotificationResult.failed(attempt, status, "rejected with status " + status
                    + "; check that the webhook still exists and accepts Adaptive Cards"), status, "", null);
        }
        Optional<Duration> retryAfter = status == 429
                ? RetryAfter.parse(response.headers().firstValue("Retry-After")) : Optional.empty();
        if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
            LOG.warn("Teams webhook ({}) asked to wait {} s, longer than {} s; giving up after attempt {}", target,
                    retryAfter.get().toSeconds(), policy.maxRetryAfter().toSeconds(), attempt);
            return new Attempt(NotificationResult.failed(attempt, status, "throttled: Retry-After of "
                    + retryAfter.get().toSeconds() + " s is longer than the " + policy.maxRetryAfter().toSeconds()
                    + " s this notifier waits"), status, "", null);
        }
        return new Attempt(null, status, "status " + status, retryAfter.orElse(policy.backoffAfter(attempt)));
    }

    /** One post: a final result, or null with the problem and the wait before retrying. */
    private record Attempt(NotificationResult result, int status, String problem, Duration delay) {
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500 && status <= 599;
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
