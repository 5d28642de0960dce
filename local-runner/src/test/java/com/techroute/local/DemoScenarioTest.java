package com.techroute.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped demo tenant and example tickets, run through the command line as the docs describe. */
class DemoScenarioTest {

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void loadDemo() {
        cli = new Cli(dir.resolve("demo.db"));
        Cli.Run init = cli.run("init", "--example");
        assertThat(init.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(init.out()).contains("12 technicians");
    }

    @Test
    void initTwiceKeepsOneCopy() {
        Cli.Run again = cli.run("init", "--example");
        Cli.Run list = cli.run("technicians", "list");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains("Tenant demo has 12 technicians.");
    }

    @Test
    void assignOrdinaryTicketPrintsChoiceAndFactors() {
        Cli.Run run = cli.run("assign", Cli.ticket("ordinary.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("ASSIGNED to t01 Amelia Clarke");
        assertThat(run.out()).contains("expected start 2026-03-10T14:00:00Z");
        assertThat(run.out()).contains("SLA respond by 2026-03-10T17:52:00Z");
        assertThat(run.out()).containsPattern("skill fit +0\\.750 +3\\.00 +2\\.250");
        assertThat(run.out()).containsPattern("language +1\\.000 +1\\.50 +1\\.500");
        assertThat(run.out()).contains("runner-up t03 Priya Raman");
        assertThat(run.out()).contains("eligible 3 of 12");
        assertThat(run.out()).contains("time off 1");
    }

    @Test
    void assignSameTicketAgainChangesNothing() {
        cli.run("assign", Cli.ticket("ordinary.json").toString());

        Cli.Run again = cli.run("assign", Cli.ticket("ordinary.json").toString());

        assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).contains("already assigned to t01 Amelia Clarke");
    }

    @Test
    void assignJsonPrintsDecision() throws Exception {
        Cli.Run run = cli.run("assign", "--json", Cli.ticket("ordinary.json").toString());

        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("outcome").asText()).isEqualTo("ASSIGNED");
        assertThat(result.path("decision").path("technician").asText()).isEqualTo("t01");
        assertThat(result.path("decision").path("contributions")).hasSize(7);
        assertThat(result.path("decision").path("runnerUp").path("technician").asText()).isEqualTo("t03");
        assertThat(result.path("assignment").path("technician").asText()).isEqualTo("t01");
    }

    @Test
    void unassignableTicketIsQueuedWithReasons() {
        Cli.Run assign = cli.run("assign", Cli.ticket("unassignable.json").toString());
        Cli.Run queue = cli.run("unassigned");

        assertThat(assign.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(assign.out()).contains("QUEUED: none of 12 technicians is eligible");
        assertThat(queue.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(queue.out()).contains("Unassigned queue of tenant demo: 1 ticket");
        assertThat(queue.out()).contains("DEMO-1002  P1_CRITICAL  client kestrel-logistics");
        assertThat(queue.out()).contains("respond by 2026-03-10T14:10:00Z");
        assertThat(queue.out()).contains("missing skill 12");
        assertThat(queue.out()).contains("t06 Daniel Okafor: linux level 3, needs level 4");
    }

    @Test
    void batchSavesExpertForIncident() throws Exception {
        Cli.Run run = cli.run("assign", "--json", Cli.ticket("batch.json").toString());
        Cli.Run queue = cli.run("unassigned");

        JsonNode results = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(results.get(0).path("ticket").asText()).isEqualTo("DEMO-1003");
        assertThat(results.get(0).path("decision").path("technician").asText()).isEqualTo("t02");
        assertThat(results.get(1).path("ticket").asText()).isEqualTo("DEMO-1004");
        assertThat(results.get(1).path("decision").path("technician").asText()).isEqualTo("t06");
        assertThat(queue.out()).contains("Unassigned queue of tenant demo: 0 tickets");
    }

    @Test
    void batchTextShowsNegativeMargin() {
        Cli.Run run = cli.run("assign", Cli.ticket("batch.json").toString());

        assertThat(run.out()).contains("runner-up t06 Daniel Okafor").contains("margin -0.");
        assertThat(run.out()).contains("Batch of 2 tickets solved jointly: 2 assigned, 0 queued");
    }

    @Test
    void firstBatchTicketAloneTakesExpert() throws Exception {
        Path alone = dir.resolve("first.json");
        JsonNode batch = new ObjectMapper().readTree(Cli.ticket("batch.json").toFile());
        new ObjectMapper().writeValue(alone.toFile(), batch.get(0));

        Cli.Run run = cli.run("assign", alone.toString());

        assertThat(run.out()).contains("DEMO-1003").contains("ASSIGNED to t06 Daniel Okafor");
    }

    @Test
    void otherTenantSeesNoneOfDemo() {
        Cli.Run list = cli.run("--tenant", "other", "technicians", "list");
        Cli.Run assign = cli.run("--tenant", "other", "assign", Cli.ticket("ordinary.json").toString());

        assertThat(list.out()).contains("Tenant other has 0 technicians.");
        assertThat(list.out()).doesNotContain("t01");
        assertThat(assign.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(assign.err()).contains("Tenant (other) has no profile");
    }
}
