package com.techroute.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.local.TechRouteCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code serve} command line: its option checks, and a run on a thread that an interrupt stops. */
@Timeout(60)
class ServeCommandTest {

    private static final Pattern BASE_URL = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path folder;

    /** Output of one run. */
    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void otherHostIsRejected() {
        Run run = run("--db", folder.resolve("techroute.db").toString(), "serve", "--host", "0.0.0.0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Host (0.0.0.0) is not allowed: serve listens on 127.0.0.1 only");
    }

    @Test
    void localhostNameIsRejectedToo() {
        Run run = run("--db", folder.resolve("techroute.db").toString(), "serve", "--host", "localhost");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Host (localhost) is not allowed");
    }

    @Test
    void webhookAndCardsFolderTogetherAreRejected() {
        Run run = run("--db", DemoFiles.initDemoDatabase(folder).toString(), "serve", "--webhook-url",
                "http://127.0.0.1:9/hook", "--cards-dir", folder.resolve("cards").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Pass either --webhook-url or --cards-dir, not both.");
    }

    @Test
    void badWebhookUrlIsNotEchoed() {
        Run run = run("--db", DemoFiles.initDemoDatabase(folder).toString(), "serve", "--webhook-url",
                "file:///secret-path");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not an absolute http or https URL");
        assertThat(run.err()).doesNotContain("secret-path");
    }

    @Test
    void badRebalanceIntervalIsRejected() {
        Run run = run("--db", folder.resolve("techroute.db").toString(), "serve", "--rebalance-every", "15m");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid duration (15m). Write an ISO-8601 duration, such as PT15M");
    }

    @Test
    void zeroRebalanceIntervalIsRejected() {
        Run run = run("--db", DemoFiles.initDemoDatabase(folder).toString(), "serve", "--rebalance-every", "PT0S");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Rebalance interval (PT0S) is not positive");
    }

    @Test
    void portOutOfRangeIsRejected() {
        Run run = run("--db", DemoFiles.initDemoDatabase(folder).toString(), "serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Port (70000) is not a TCP port");
    }

    @Test
    void missingDatabaseIsReported() {
        Path missing = folder.resolve("missing.db");

        Run run = run("--db", missing.toString(), "serve", "--port", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Database (" + missing + ") not found");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void tenantWithoutProfileIsReported() {
        Run run = run("--db", DemoFiles.initDemoDatabase(folder).toString(), "--tenant", "other", "serve", "--port",
                "0", "--cards-dir", folder.resolve("cards").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Tenant (other) has no profile in database");
    }

    @Test
    void serveRunsUntilInterrupted() throws Exception {
        Path database = DemoFiles.initDemoDatabase(folder);
        StringWriter out = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exitCode.set(command(out, new StringWriter()).execute("--db",
                database.toString(), "--now", DemoFiles.DEMO_NOW.toString(), "serve", "--port", "0", "--cards-dir",
                folder.resolve("cards").toString())));
        serving.start();

        String baseUrl = DemoFiles.await("the start lines", Duration.ofSeconds(30), () -> baseUrl(out.toString()));
        HttpResponse<String> health = new TestHttp().get(URI.create(baseUrl + "/api/health"));
        serving.interrupt();
        serving.join(Duration.ofSeconds(30).toMillis());

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(serving.isAlive()).isFalse();
        assertThat(exitCode.get()).isZero();
        assertThat(out.toString()).contains("Press Ctrl-C to stop.");
    }

    @Test
    void keyFileIsOwnerOnly() throws Exception {
        Path database = DemoFiles.initDemoDatabase(folder);
        Thread serving = new Thread(() -> command(new StringWriter(), new StringWriter()).execute("--db",
                database.toString(), "serve", "--port", "0", "--cards-dir", folder.resolve("cards").toString()));
        serving.start();

        Path keyFile = folder.resolve(ServeSettings.DEFAULT_KEY_FILE);
        DemoFiles.await("the key file", Duration.ofSeconds(30), () -> Files.exists(keyFile) ? keyFile : null);
        serving.interrupt();
        serving.join(Duration.ofSeconds(30).toMillis());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    private static String baseUrl(String out) {
        Matcher matcher = BASE_URL.matcher(out);
        return matcher.find() && out.contains("Press Ctrl-C") ? matcher.group(1) : null;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = command(out, err).execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static CommandLine command(StringWriter out, StringWriter err) {
        CommandLine commandLine = TechRouteCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }
}
