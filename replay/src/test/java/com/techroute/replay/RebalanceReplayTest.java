package com.techroute.replay;

import static com.techroute.replay.Logs.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.replay.learn.SkillNaming;
import com.techroute.replay.log.HistoricalTicket;
import com.techroute.replay.log.ImportResult;
import com.techroute.replay.metrics.StrategyMetrics;
import com.techroute.replay.rebalance.EngineRebalancing;
import com.techroute.replay.rebalance.ReplayRebalance;
import com.techroute.replay.scenario.ReplayScenario;
import com.techroute.replay.scenario.ScenarioBuilder;
import com.techroute.replay.sim.EngineDispatcher;
import com.techroute.replay.sim.Job;
import com.techroute.replay.sim.RebalanceStats;
import com.techroute.replay.sim.Rebalancing;
import com.techroute.replay.sim.ReplaySimulator;
import com.techroute.replay.sim.SimulationResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays a burst of tickets with and without a periodic rebalance of the engine's queues.
 *
 * <p>History, Monday 2024-01-01: A, B and C each resolve net tickets, so all three hold skill net. Scored,
 * Tuesday from 09:00: 30 net and mail tickets arrive ten minutes apart, more than three people work off in
 * the day, so queues build up and a rebalance every hour has unstarted tickets to move.
 */
class RebalanceReplayTest {

    private static final ReplayRebalance HOURLY = new ReplayRebalance(Duration.ofHours(1), 50,
            Duration.ofSeconds(30), 0.1);

    private static ImportResult imported;
    private static ReplaySettings settings;

    @BeforeAll
    static void importBurst() {
        List<HistoricalTicket> log = new ArrayList<>();
        String[] people = {"A", "B", "C"};
        for (int i = 0; i < people.length; i++) {
            String day = "2024-01-01T";
            log.add(ticket("H" + i + "a", day + "09:00:00Z", "net", day + "09:00:00Z", day + "10:00:00Z", people[i]));
            log.add(ticket("H" + i + "b", day + "1" + i + ":00:00Z", i == 0 ? "mail" : "net", day + "1" + i
                    + ":00:00Z", day + "1" + i + ":30:00Z", people[i]));
        }
        Instant first = Instant.parse("2024-01-02T09:00:00Z");
        for (int i = 0; i < 30; i++) {
            Instant opened = first.plus(Duration.ofMinutes(10L * i));
            Instant resolved = opened.plus(Duration.ofMinutes(60 + 30L * (i % 3)));
            log.add(ticket("S" + i, opened.toString(), i % 4 == 0 ? "mail" : "net", opened.toString(),
                    resolved.toString(), people[i % 3]));
        }
        log.sort((a, b) -> a.openedAt().compareTo(b.openedAt()));
        ReplaySettings defaults = SettingsText.defaults(ZoneOffset.UTC);
        settings = new ReplaySettings(ZoneOffset.UTC, 0.5, defaults.batchWindow(), defaults.handlingCap(),
                defaults.minEffort(), defaults.capacity(), 1,
                SettingsText.slaTargets("P1=1h/4h,P2=1h/4h,P3=1h/4h,P4=1h/4h"),
                SettingsText.businessHours("MON-FRI 09:00-17:00"), ReplaySettings.ShiftSource.BUSINESS_HOURS,
                ReplaySettings.TierSource.NONE, defaults.tierWeights());
        imported = new ImportResult(Path.of("burst.csv"), log, List.of(), log.size());
    }

    private static ReplayResult replay(ReplaySettings replaySettings) {
        return Replay.run(imported, new LogSource(Path.of("burst.csv"), "test log", new SkillNaming("board")),
                replaySettings, Replay.Progress.NONE);
    }

    @Test
    void rebalanceAddsFifthStrategyWithMoves() {
        ReplayResult result = replay(settings.withRebalance(HOURLY));

        assertThat(result.metrics()).extracting(StrategyMetrics::strategy).containsExactly(EngineDispatcher.NAME,
                EngineRebalancing.NAME, "round-robin", "least-loaded", "what people did");
        RebalanceStats stats = result.result(EngineRebalancing.NAME).rebalance();
        assertThat(stats.runs()).isPositive();
        assertThat(stats.moves()).isPositive();
        assertThat(result.result(EngineRebalancing.NAME).jobs()).doesNotContainNull();
    }

    @Test
    void rebalanceLeavesEngineColumnAlone() {
        StrategyMetrics alone = replay(settings).metrics().get(0);
        StrategyMetrics withRebalance = replay(settings.withRebalance(HOURLY)).metrics().get(0);

        assertThat(withRebalance).isEqualTo(alone);
    }

    @Test
    void flagOffRunsFourStrategies() {
        ReplayResult result = replay(settings);

        assertThat(result.metrics()).hasSize(Replay.STRATEGIES);
        assertThat(result.metrics()).allMatch(metrics -> metrics.rebalance() == null);
    }

    @Test
    void startedTicketsNeverMove() {
        ReplayScenario scenario = new ScenarioBuilder(settings, new SkillNaming("board")).build(imported.tickets());
        ReplaySimulator simulator = new ReplaySimulator(scenario.tickets(), scenario.model(), scenario.handling(),
                settings.batchWindow(), settings.capacity());
        EngineDispatcher dispatcher = Replay.engineDispatcher(scenario);
        Recording recording = new Recording(new EngineRebalancing(dispatcher.store(), scenario.tenant(),
                dispatcher.personById(), HOURLY));

        SimulationResult result = simulator.run(dispatcher, steps -> { }, recording);

        assertThat(recording.stats().moves()).isPositive();
        assertThat(recording.started).isNotEmpty();
        for (Job started : recording.started.values()) {
            Job end = result.jobs().get(started.ticket().index());
            assertThat(end.person()).as(started.ticket().ticket().id().value()).isEqualTo(started.person());
            assertThat(end.start()).as(started.ticket().ticket().id().value()).isEqualTo(started.start());
            assertThat(end.finish()).as(started.ticket().ticket().id().value()).isEqualTo(started.finish());
        }
        assertThat(recording.movedWhileStarted).isEmpty();
    }

    /** Passes every call to the real rebalance and keeps the started jobs and the moves it saw. */
    private static final class Recording implements Rebalancing {
        private final Rebalancing delegate;
        private final Map<Integer, Job> started = new HashMap<>();
        private final List<String> movedWhileStarted = new ArrayList<>();

        Recording(Rebalancing delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public Duration every() {
            return delegate.every();
        }

        @Override
        public List<Reassignment> rebalance(Instant now, List<Job> startedJobs, List<Job> unstarted) {
            startedJobs.forEach(job -> started.putIfAbsent(job.ticket().index(), job));
            List<Reassignment> planned = delegate.rebalance(now, startedJobs, unstarted);
            for (Reassignment move : planned) {
                if (startedJobs.stream().anyMatch(job -> job.ticket().equals(move.ticket()))) {
                    movedWhileStarted.add(move.ticket().ticket().id().value());
                }
            }
            return planned;
        }

        @Override
        public RebalanceStats stats() {
            return delegate.stats();
        }
    }
}
