package com.techroute.replay;

import static com.techroute.replay.Logs.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.techroute.replay.learn.SkillNaming;
import com.techroute.replay.log.HistoricalTicket;
import com.techroute.replay.log.ImportResult;
import com.techroute.replay.metrics.StrategyMetrics;
import com.techroute.replay.sim.EngineDispatcher;
import com.techroute.replay.sim.HistoricalDispatcher;
import com.techroute.replay.sim.Job;
import com.techroute.replay.sim.LeastLoadedDispatcher;
import com.techroute.replay.sim.RoundRobinDispatcher;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays a seven-ticket log whose every figure is worked out by hand below.
 *
 * <p>Settings: UTC, everyone works MON-FRI 09:00-17:00 (learning shifts is off), every priority must be
 * responded to within 1 business hour and resolved within 4, one client tier, history share 0.5.
 *
 * <p>History, Monday 2024-01-01: H1 net 09:00-10:00 by A, H2 net 10:00-12:00 by A, H3 mail 11:00-12:00 by
 * B. So A has skill net (sole resolver, level 5) and B has mail (level 5); both categories are required.
 * Effort estimates: net median(1h, 2h) = 1.5h, mail 1h, anything else the overall median 1h. No one has
 * three tickets of a category, so every speed is 1 and simulated times equal the log's.
 *
 * <p>The log spans Monday 09:00 to Tuesday 11:00, so the scored part starts Monday 22:00. Scored, Tuesday:
 * <ul>
 *   <li>S1 09:00 net, log: A, handled 1h (respond-by 10:00, resolve-by 13:00)</li>
 *   <li>S2 09:30 net, log: B, handled 2h (10:30, 13:30)</li>
 *   <li>S3 10:00 mail, log: A, handled 0.5h (11:00, 14:00)</li>
 *   <li>S4 11:00 print, nobody took it, never resolved: simulated with its 1h estimate (12:00, 15:00)</li>
 * </ul>
 */
class SliceReplayTest {

    private static ReplayResult result;

    @BeforeAll
    static void replay() {
        List<HistoricalTicket> log = Logs.inOrder(
                ticket("H1", "2024-01-01T09:00:00Z", "net", "2024-01-01T09:00:00Z", "2024-01-01T10:00:00Z", "A"),
                ticket("H2", "2024-01-01T10:00:00Z", "net", "2024-01-01T10:00:00Z", "2024-01-01T12:00:00Z", "A"),
                ticket("H3", "2024-01-01T11:00:00Z", "mail", "2024-01-01T11:00:00Z", "2024-01-01T12:00:00Z", "B"),
                ticket("S1", "2024-01-02T09:00:00Z", "net", "2024-01-02T09:00:00Z", "2024-01-02T10:00:00Z", "A"),
                ticket("S2", "2024-01-02T09:30:00Z", "net", "2024-01-02T09:30:00Z", "2024-01-02T11:30:00Z", "B"),
                ticket("S3", "2024-01-02T10:00:00Z", "mail", "2024-01-02T10:00:00Z", "2024-01-02T10:30:00Z", "A"),
                ticket("S4", "2024-01-02T11:00:00Z", "print", null, null));
        ReplaySettings defaults = SettingsText.defaults(ZoneOffset.UTC);
        ReplaySettings settings = new ReplaySettings(ZoneOffset.UTC, 0.5, defaults.batchWindow(),
                defaults.handlingCap(), defaults.minEffort(), defaults.capacity(), 1,
                SettingsText.slaTargets("P1=1h/4h,P2=1h/4h,P3=1h/4h,P4=1h/4h"),
                SettingsText.businessHours("MON-FRI 09:00-17:00"), ReplaySettings.ShiftSource.BUSINESS_HOURS,
                ReplaySettings.TierSource.NONE, defaults.tierWeights());
        ImportResult imported = new ImportResult(Path.of("slice.csv"), log, List.of(), log.size());
        result = Replay.run(imported, new LogSource(Path.of("slice.csv"), "test log", new SkillNaming("board")),
                settings, Replay.Progress.NONE);
    }

    private static StrategyMetrics metrics(String strategy) {
        return result.metrics().stream().filter(m -> m.strategy().equals(strategy)).findFirst().orElseThrow();
    }

    private static List<String> assignees(String strategy) {
        return result.result(strategy).jobs().stream().map(job -> job == null ? null : job.person()).toList();
    }

    @Test
    void splitLeavesFourScoredTickets() {
        assertThat(result.scenario().split().splitAt()).isEqualTo(Instant.parse("2024-01-01T22:00:00Z"));
        assertThat(result.scenario().tickets()).hasSize(4);
    }

    /**
     * Engine. S1 (net): only A has net, A takes it 09:00-10:00. S2 (net): again only A; A's queue is busy
     * until 10:00, so 10:00-12:00. S3 (mail): only B, 10:00-10:30. S4 (no skill) at 11:00: A still has S2
     * (1.5h planned), so A would start at 12:30, after respond-by 12:00: urgency 0, headroom 1 - 2.5/40.
     * B is idle: urgency 1, headroom 1 - 1/40. Scores (weights 3 skill, 2 headroom, 4 urgency, 1 tier,
     * 1 affinity, 1.5 language, 0.5 fairness): A 2*0.9375 + 0 + 0 + 1*1 (4 recent tickets, saturated) +
     * 0.5/3 = 3.04; B 2*0.975 + 4 + 1 + 2/3 + 0.5/3 = 7.78. B takes S4, 11:00-12:00.
     */
    @Test
    void engineAssignsBySkillThenUrgency() {
        assertThat(assignees(EngineDispatcher.NAME)).containsExactly("A", "A", "B", "B");
    }

    @Test
    void engineFigures() {
        // Starts after arrival: 0, 0.5h, 0, 0. Handled: A 1h + 2h = 3h, B 0.5h + 1h = 1.5h; mean 2.25h.
        // Gini of (1.5, 3): 2 * (1 * 1.5 + 2 * 3) / (2 * 4.5) - 3/2 = 1/6. Skill match: S1, S2 to A (net)
        // and S3 to B (mail): 3 of 3. First choice: S1 matches A; S2 (log: B) and S3 (log: A) do not.
        StrategyMetrics engine = metrics(EngineDispatcher.NAME);

        assertThat(engine.respondBreaches()).isZero();
        assertThat(engine.resolveBreaches()).isZero();
        assertThat(engine.meanStartHours()).isCloseTo(0.125, within(1e-9));
        assertThat(engine.medianStartHours()).isZero();
        assertThat(engine.p90StartHours()).isCloseTo(0.5, within(1e-9));
        assertThat(engine.loadMaxOverMean()).isCloseTo(3 / 2.25, within(1e-9));
        assertThat(engine.loadGini()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(engine.skillMatched()).isEqualTo(3);
        assertThat(engine.skillChecked()).isEqualTo(3);
        assertThat(engine.firstChoiceMatched()).isEqualTo(1);
        assertThat(engine.firstChoiceChecked()).isEqualTo(3);
    }

    /**
     * Round-robin over A, B: S1 A 09:00-10:00, S2 B 09:30-11:30, S3 A 10:00-10:30, S4 B, whose queue is
     * busy until 11:30, so 11:30-12:30: respond-by 12:00 is met. Starts: 0, 0, 0, 0.5h. Handled: A 1.5h,
     * B 3h, Gini 1/6. Skill match: S1 (net to A) yes, S2 (net to B) no, S3 (mail to A) no: 1 of 3.
     */
    @Test
    void roundRobinFigures() {
        StrategyMetrics roundRobin = metrics(RoundRobinDispatcher.NAME);

        assertThat(assignees(RoundRobinDispatcher.NAME)).containsExactly("A", "B", "A", "B");
        assertThat(roundRobin.respondBreaches()).isZero();
        assertThat(roundRobin.meanStartHours()).isCloseTo(0.125, within(1e-9));
        assertThat(roundRobin.loadGini()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(roundRobin.skillMatched()).isEqualTo(1);
        assertThat(roundRobin.hasFirstChoice()).isFalse();
    }

    /**
     * Least-loaded: S1 to A (tie, lowest id); S2 to B (A has 1.5h open); at 10:00 S1 is done, so S3 to A
     * (0h against B's 1.5h); at 11:00 S3 is done, so S4 to A (0h against 1.5h). All start on arrival.
     * Handled: A 1h + 0.5h + 1h = 2.5h, B 2h; Gini 2 * (2 + 5) / (2 * 4.5) - 3/2 = 1/18.
     */
    @Test
    void leastLoadedFigures() {
        StrategyMetrics leastLoaded = metrics(LeastLoadedDispatcher.NAME);

        assertThat(assignees(LeastLoadedDispatcher.NAME)).containsExactly("A", "B", "A", "A");
        assertThat(leastLoaded.meanStartHours()).isZero();
        assertThat(leastLoaded.loadMaxOverMean()).isCloseTo(2.5 / 2.25, within(1e-9));
        assertThat(leastLoaded.loadGini()).isCloseTo(1 / 18.0, within(1e-9));
        assertThat(leastLoaded.skillMatched()).isEqualTo(1);
    }

    /**
     * What people did: S1 A, S2 B, S3 A as in the log; nobody took S4, so it is never assigned and counts
     * as breaching both targets: 1 of 4. Handled: A 1.5h, B 2h; Gini 2 * (1.5 + 4) / (2 * 3.5) - 3/2 = 1/14.
     */
    @Test
    void whatPeopleDidFigures() {
        StrategyMetrics people = metrics(HistoricalDispatcher.NAME);

        assertThat(assignees(HistoricalDispatcher.NAME)).containsExactly("A", "B", "A", null);
        assertThat(people.unassigned()).isEqualTo(1);
        assertThat(people.respondBreaches()).isEqualTo(1);
        assertThat(people.resolveBreachRate()).isCloseTo(0.25, within(1e-9));
        assertThat(people.loadGini()).isCloseTo(1 / 14.0, within(1e-9));
    }

    @Test
    void engineSecondTicketWaitsForFirst() {
        // S2 went to A at 09:30 while A worked S1 until 10:00, so S2 ran 10:00-12:00.
        List<Job> jobs = result.result(EngineDispatcher.NAME).jobs();

        assertThat(jobs).allMatch(Objects::nonNull);
        assertThat(jobs.get(1).start()).isEqualTo(Instant.parse("2024-01-02T10:00:00Z"));
        assertThat(jobs.get(1).finish()).isEqualTo(Instant.parse("2024-01-02T12:00:00Z"));
    }
}
