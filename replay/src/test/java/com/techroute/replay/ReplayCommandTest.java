package com.techroute.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReplayCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = ReplayCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void missingLogExitsWithBadInput() {
        Path missing = folder.resolve("no-such-log.csv");

        int code = run(missing.toString(), "--quiet");

        assertThat(code).isEqualTo(ReplayCommand.BAD_INPUT);
        assertThat(err.toString()).contains(missing.toString());
    }

    @Test
    void logOfUnknownFormatExitsWithBadInput() throws IOException {
        Path log = Files.writeString(folder.resolve("other.csv"), "id,when\n1,2024-01-01\n");

        int code = run(log.toString(), "--quiet");

        assertThat(code).isEqualTo(ReplayCommand.BAD_INPUT);
        assertThat(err.toString()).contains(log.toString()).contains("matches no known log format");
    }

    @Test
    void invalidDurationExitsWithBadInput() {
        int code = run("log.csv", "--capacity", "forty");

        assertThat(code).isEqualTo(ReplayCommand.BAD_INPUT);
        assertThat(err.toString()).contains("Invalid duration (forty)");
    }

    @Test
    void invalidShareExitsWithBadInput() throws IOException {
        Path log = Files.copy(Path.of("src", "test", "resources", "logs", "helpdesk-slice.csv"),
                folder.resolve("helpdesk-slice.csv"));

        int code = run(log.toString(), "--quiet", "--history-share", "1.5", "--out", folder.resolve("out").toString());

        assertThat(code).isEqualTo(ReplayCommand.BAD_INPUT);
        assertThat(err.toString()).contains("Invalid history share (1.5)");
    }

    @Test
    void helpShowsDefaults() {
        run("--help");
        String help = out.toString().replaceAll("\\s+", "");

        assertThat(help).contains("--capacity=DURATION").contains("(default:40h)")
                .contains("(default:" + SettingsText.DEFAULT_SLA + ")");
    }

    @Test
    void helpdeskSliceWritesReport() throws IOException {
        Path log = Files.copy(Path.of("src", "test", "resources", "logs", "helpdesk-slice.csv"),
                folder.resolve("helpdesk-slice.csv"));
        Path target = folder.resolve("out");

        int code = run(log.toString(), "--quiet", "--out", target.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(target.resolve("report.md")).exists();
        assertThat(target.resolve("report.html")).exists();
        assertThat(Files.readAllLines(target.resolve("assignments.csv")).get(0))
                .isEqualTo(String.join(",", com.techroute.replay.report.ReportWriter.ASSIGNMENT_COLUMNS));
        assertThat(out.toString()).contains("Replayed").contains("engine");
    }
}
