package com.techroute.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.adapters.teams.NotificationResult.Outcome;
import com.techroute.adapters.teams.testing.LogFile;
import com.techroute.adapters.teams.testing.WebhookServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamsWebhookNotifierIT {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(80),
            Duration.ofSeconds(5), Duration.ofSeconds(5));

    private WebhookServer webhook;
    private final TeamsWebhookNotifier notifier = TeamsWebhookNotifier.create(FAST);
    private final ObjectNode message = TeamsMessages.envelope(CardElements.card());

    @BeforeEach
    void startServer() throws IOException {
        webhook = WebhookServer.start();
    }

    @AfterEach
    void stopServer() {
        webhook.close();
    }

    @Test
    void postDeliversOnFirstAttempt() {
        NotificationResult result = notifier.post(webhook.url(), message);

        assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.lastStatus()).isEqualTo(202);
        assertThat(webhook.received()).hasSize(1);
        assertThat(webhook.received().get(0).body()).isEqualTo(TeamsMessages.toJson(message));
    }

    @Test
    void postWaitsRetryAfterThenDelivers() {
        webhook.then(429, Map.of("Retry-After", "1"));

        NotificationResult result = notifier.post(webhook.url(), message);

        List<WebhookServer.Received> requests = webhook.received();
        assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(requests).hasSize(2);
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(950));
    }

    @Test
    void postGivesUpWhenRetryAfterExceedsLimit() {
        webhook.then(429, Map.of("Retry-After", "3600"));
        long start = System.nanoTime();

        NotificationResult result = notifier.post(webhook.url(), message);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.detail()).contains("Retry-After of 3600 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(webhook.received()).hasSize(1);
    }

    @Test
    void postStopsAfterMaxAttemptsOfServerErrors() {
        webhook.then(500).then(502).then(503).then(504);

        NotificationResult result = notifier.post(webhook.url(), message);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.lastStatus()).isEqualTo(503);
        assertThat(webhook.received()).hasSize(3);
    }

    @Test
    void postDoesNotRetryClientError() {
        webhook.then(400);

        NotificationResult result = notifier.post(webhook.url(), message);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.lastStatus()).isEqualTo(400);
        assertThat(webhook.received()).hasSize(1);
    }

    @Test
    void postReportsConnectionFailure() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/workflows/abc/invoke?sig=secret-sig");
        }

        NotificationResult result = notifier.post(closed, message);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.detail()).doesNotContain("secret-sig");
    }

    @Test
    void logsAndResultsNeverContainWebhookUrl() {
        webhook.then(429, Map.of("Retry-After", "0")).then(500).then(404);
        URI url = webhook.url();

        NotificationResult result = notifier.post(url, message);

        List<String> lines = LogFile.lines(Path.of("target", "teams-test.log"));
        assertThat(lines).anyMatch(line -> line.contains(WebhookUrls.redact(url)));
        assertThat(lines).noneMatch(line -> line.contains(url.getRawQuery()));
        assertThat(lines).noneMatch(line -> line.contains(url.getRawPath()));
        assertThat(result.detail()).doesNotContain(url.getRawQuery());
        assertThat(result.toString()).doesNotContain(url.getRawPath());
    }
}
