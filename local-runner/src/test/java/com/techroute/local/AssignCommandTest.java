package com.techroute.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignCommandTest {

    private static final String TICKET = """
            {"id": "T-1", "client": "harbour-dental", "summary": "Printer offline",
             "category": {"board": "Service Desk", "type": "Workstation"}, "priority": "%s",
             "effort": "%s", "createdAt": "2026-03-10T13:00:00Z"}
            """;

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void loadDemo() {
        cli = new Cli(dir.resolve("demo.db"));
        assertThat(cli.run("init", "--example").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void assignOfInvalidJsonNamesFileAndLine() throws IOException {
        Path file = write("broken.json", "{\"id\": \"T-1\",\n \"client\": }");

        Cli.Run run = cli.run("assign", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Ticket file (" + file + ") is not valid JSON at line 2");
    }

    @Test
    void assignOfBadDurationNamesField() throws IOException {
        Path file = write("ticket.json", TICKET.formatted("P3", "3 hours"));

        Cli.Run run = cli.run("assign", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Ticket file (" + file + ") (T-1): field (effort): invalid duration (3 hours)");
    }

    @Test
    void assignOfBadPriorityNamesField() throws IOException {
        Path file = write("ticket.json", TICKET.formatted("urgent", "PT1H"));

        Cli.Run run = cli.run("assign", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("field (priority): Invalid priority (urgent)");
    }

    @Test
    void assignOfMissingFieldNamesTicketInBatch() throws IOException {
        String good = TICKET.formatted("P3", "PT1H");
        Path file = write("batch.json", "[" + good + ", {\"id\": \"T-2\", \"client\": \"harbour-dental\"}]");

        Cli.Run run = cli.run("assign", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Ticket file (" + file + "), ticket [1] (T-2): field (category) is missing");
        assertThat(cli.run("unassigned").out()).contains(": 0 tickets");
    }

    @Test
    void assignOfUnknownFieldListsKnownOnes() throws IOException {
        Path file = write("ticket.json", TICKET.formatted("P3", "PT1H").replace("\"summary\"", "\"title\""));

        Cli.Run run = cli.run("assign", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unknown field (title)").contains("summary");
    }

    @Test
    void assignOfUnknownClientNamesClient() throws IOException {
        Path file = write("ticket.json", TICKET.formatted("P3", "PT1H").replace("harbour-dental", "nobody-ltd"));

        Cli.Run run = cli.run("assign", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Ticket file (" + file + ")").contains("client (nobody-ltd)");
    }

    @Test
    void assignOfMissingFileNamesPath() {
        Path missing = dir.resolve("none.json");

        Cli.Run run = cli.run("assign", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Ticket file (" + missing + ") not found");
    }

    @Test
    void assignWithoutDatabaseAsksForInit() throws IOException {
        Path file = write("ticket.json", TICKET.formatted("P3", "PT1H"));
        Cli other = new Cli(dir.resolve("missing.db"));

        Cli.Run run = other.run("assign", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("missing.db) not found").contains("init --example");
    }

    @Test
    void invalidNowIsRejectedWithForm() {
        Cli.Run run = Cli.runRaw("--now", "yesterday", "unassigned");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Invalid instant (yesterday)");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
