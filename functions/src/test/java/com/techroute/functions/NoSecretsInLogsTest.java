package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.azure.functions.ExecutionContext;
import com.techroute.adapters.teams.testing.LogFile;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every function path that logs: assignment, a failing Teams webhook, an invalid message, override
 * GET and POST, and a replayed link. Then checks that no captured log line contains a secret, which here
 * means the webhook URL, an override token or the signing key.
 */
class NoSecretsInLogsTest {

    @TempDir
    Path dir;

    @Test
    void noLogLineContainsSecret() throws IOException {
        List<TestContext> contexts = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        try (TestRuntime test = new TestRuntime(dir)) {
            AssignTicket assign = new AssignTicket(test.runtime);
            assign.handle(List.of(TestRuntime.message("T-1")), track(contexts, "AssignTicket"));
            test.webhook.then(500).then(503);
            assign.handle(List.of(TestRuntime.message("T-2"), "{broken"), track(contexts, "AssignTicket"));
            URI link = test.lastOverrideLink();
            String token = TestRuntime.token(link);
            OverrideAssignment override = new OverrideAssignment(test.runtime);
            override.page("msp-north", "T-1", token, null, track(contexts, "OverrideAssignment"));
            String form = "technician=tech-cy&reason=" + URLEncoder.encode("load", StandardCharsets.UTF_8) + "&name=Dana";
            override.submit("msp-north", "T-1", token, form, null, track(contexts, "OverrideAssignment"));
            override.submit("msp-north", "T-1", token, form, null, track(contexts, "OverrideAssignment"));

            URI webhook = test.webhook.url();
            secrets.add(webhook.getRawQuery());
            secrets.add(webhook.getRawPath());
            secrets.add(token);
            secrets.add(token.substring(token.indexOf('.') + 1));
            secrets.addAll(keyLines(dir.resolve("override-key.pem")));
        }
        List<String> lines = new ArrayList<>(LogFile.lines(Path.of("target", "functions-test.log")));
        contexts.forEach(context -> lines.addAll(context.lines()));

        assertThat(lines).anyMatch(line -> line.contains("msp-north"));
        assertThat(lines).anyMatch(line -> line.contains("not delivered"));
        for (String secret : secrets) {
            assertThat(lines).noneMatch(line -> line.contains(secret));
        }
    }

    private static ExecutionContext track(List<TestContext> contexts, String name) {
        TestContext context = new TestContext(name);
        contexts.add(context);
        return context.context();
    }

    /** Returns the base64 lines of the private key block, each long enough to be unique. */
    private static List<String> keyLines(Path keyFile) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean inPrivate = false;
        for (String line : Files.readAllLines(keyFile)) {
            if (line.startsWith("-----BEGIN PRIVATE KEY")) {
                inPrivate = true;
            } else if (line.startsWith("-----END")) {
                inPrivate = false;
            } else if (inPrivate && line.length() >= 16) {
                lines.add(line);
            }
        }
        assertThat(lines).isNotEmpty();
        return lines;
    }
}
