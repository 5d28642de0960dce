package com.techroute.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.local.TechRouteCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The demo tenant and its example messages, and a bounded wait for tests. */
final class DemoFiles {

    /** The demo's decision time: Tuesday 10 March 2026, 14:00 UTC, inside most UK shifts. */
    static final Instant DEMO_NOW = Instant.parse("2026-03-10T14:00:00Z");
    /** The shipped example messages, relative to the module folder the tests run in. */
    static final Path MESSAGES = Path.of("..", "examples", "demo", "messages");

    private DemoFiles() {
    }

    /** Creates a database with the demo tenant through {@code init --example}. */
    static Path initDemoDatabase(Path folder) {
        Path database = folder.resolve("techroute.db");
        CommandLine commandLine = TechRouteCli.commandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        int exitCode = commandLine.execute("--db", database.toString(), "init", "--example");
        assertThat(exitCode).as("init --example: %s", out).isZero();
        return database;
    }

    /** Returns an example message file's text. */
    static String message(String name) {
        try {
            return Files.readString(MESSAGES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls until the supplier returns a value, failing after the timeout. */
    static <T> T await(String description, Duration timeout, Supplier<T> poll) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T value = poll.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + description, e);
            }
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + description);
    }
}
