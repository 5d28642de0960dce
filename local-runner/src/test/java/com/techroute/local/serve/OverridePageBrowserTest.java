package com.techroute.local.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.techroute.adapters.teams.testing.WebhookServer;
import com.techroute.engine.domain.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the override page in headless Chromium, as a dispatcher would from the card, and keeps a
 * screenshot in {@code target/screenshots}. Skipped where {@value #CHROMIUM} is not installed.
 */
@Timeout(180)
class OverridePageBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void browserShowsCandidatesAndForm() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM + " is not installed");
        Path database = DemoFiles.initDemoDatabase(folder);
        try (WebhookServer webhook = WebhookServer.start();
                LocalServer server = LocalServer.start(new ServeSettings(database, TenantId.of("demo"), 0,
                        folder.resolve("signing.pem"), new CardTarget.Webhook(webhook.url()), Optional.empty(),
                        Clock.fixed(DemoFiles.DEMO_NOW, ZoneOffset.UTC)))) {
            HttpResponse<String> queued = new TestHttp().postJson(URI.create(server.baseUrl() + "/api/tickets"),
                    DemoFiles.message("ordinary.json"));
            assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
            String card = DemoFiles.await("the assignment card", Duration.ofSeconds(30), () ->
                    webhook.received().isEmpty() ? null : webhook.received().get(0).body());

            URI link = link(card);
            String dom = chromium(link, "--dump-dom");
            Path screenshot = Files.createDirectories(Path.of("target", "screenshots")).resolve("override-page.png");
            chromium(link, "--screenshot=" + screenshot.toAbsolutePath(), "--window-size=1100,1500");

            assertThat(dom).contains("<h2>Candidates</h2>");
            assertThat(dom).contains("Amelia Clarke");
            assertThat(dom).contains("<select name=\"technician\"");
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);
            assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
            assertThat(server.queue().events()).hasSize(1);
        }
    }

    private static URI link(String card) throws IOException {
        JsonNode message = new ObjectMapper().readTree(card);
        JsonNode action = message.findParents("type").stream()
                .filter(node -> "Action.OpenUrl".equals(node.path("type").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Action.OpenUrl in the card"));
        return URI.create(action.path("url").asText());
    }

    /** Runs headless Chromium on a 127.0.0.1 page and returns what it prints. */
    private String chromium(URI page, String... extra) throws Exception {
        assertThat(page.getHost()).isEqualTo("127.0.0.1");
        List<String> command = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(folder, "chromium")));
        command.addAll(List.of(extra));
        command.add(page.toString());
        Path output = Files.createTempFile(folder, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + BROWSER_TIMEOUT.toSeconds() + " s");
        }
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
