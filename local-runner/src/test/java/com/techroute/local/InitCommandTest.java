package com.techroute.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    private static final Path DEMO = Path.of("..", "examples", "demo");

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void createCli() {
        cli = new Cli(dir.resolve("own.db"));
    }

    @Test
    void initWithoutExampleCreatesEmptyDatabase() {
        Cli.Run run = cli.run("init");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(dir.resolve("own.db")).exists();
        assertThat(cli.run("technicians", "list").out()).contains("Tenant demo has 0 technicians.");
    }

    @Test
    void ownProfileClientsAndSheetAssignTickets() {
        Cli.Run init = cli.run("--tenant", "acme", "init", "--profile", DEMO.resolve("tenant.json").toString(),
                "--clients", DEMO.resolve("clients.json").toString());
        Cli.Run sheet = cli.run("--tenant", "acme", "technicians", "import", DEMO.resolve("technicians.csv").toString());
        Cli.Run assign = cli.run("--tenant", "acme", "assign", Cli.ticket("ordinary.json").toString());

        assertThat(init.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(init.out()).contains("Saved 8 clients of tenant acme");
        assertThat(sheet.out()).contains("imported 12, rejected 0");
        assertThat(assign.out()).contains("ASSIGNED to t01 Amelia Clarke");
    }

    @Test
    void invalidProfileNamesFileAndProblem() throws IOException {
        Path profile = Files.writeString(dir.resolve("tenant.json"),
                Files.readString(DEMO.resolve("tenant.json")).replace("\"tier\": \"bronze\"", "\"tier\": \"copper\""));

        Cli.Run run = cli.run("init", "--profile", profile.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("File (" + profile + ") is not valid as a tenant profile");
        assertThat(run.err()).contains("tier (copper)");
    }

    @Test
    void clientWithUnknownTierIsRejected() throws IOException {
        Path clients = Files.writeString(dir.resolve("clients.json"), "[{\"id\": \"c1\", \"tier\": \"diamond\"}]");

        Cli.Run run = cli.run("init", "--profile", DEMO.resolve("tenant.json").toString(), "--clients",
                clients.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("File (" + clients + ")").contains("tier (diamond)");
    }

    @Test
    void exampleAndProfileTogetherAreRejected() {
        Cli.Run run = cli.run("init", "--example", "--profile", DEMO.resolve("tenant.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("not both");
    }
}
