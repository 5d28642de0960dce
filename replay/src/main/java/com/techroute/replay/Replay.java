package com.techroute.replay;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.port.TenantStore;
import com.techroute.replay.log.ImportResult;
import com.techroute.replay.metrics.MetricsCalculator;
import com.techroute.replay.metrics.StrategyMetrics;
import com.techroute.replay.rebalance.EngineRebalancing;
import com.techroute.replay.rebalance.ReplayRebalance;
import com.techroute.replay.scenario.ReplayScenario;
import com.techroute.replay.scenario.ScenarioBuilder;
import com.techroute.replay.sim.Dispatcher;
import com.techroute.replay.sim.EngineDispatcher;
import com.techroute.replay.sim.HistoricalDispatcher;
import com.techroute.replay.sim.LeastLoadedDispatcher;
import com.techroute.replay.sim.ReplaySimulator;
import com.techroute.replay.sim.RoundRobinDispatcher;
import com.techroute.replay.sim.SimulatedClock;
import com.techroute.replay.sim.SimulationResult;
import com.techroute.replay.store.InMemoryTenantStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a replay: learns from the history part, then simulates the scored part once per strategy (the
 * engine, the engine with a periodic rebalance when the settings ask for one, round-robin, least-loaded and
 * what people did) and computes each strategy's figures. The
 * strategies share nothing but read-only inputs, so they run in parallel, one per core.
 */
public final class Replay {

    /** Number of strategies a replay compares without a rebalance; a rebalance adds a fifth. */
    public static final int STRATEGIES = 4;

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    /** Receives a replay's progress; {@link #advance} may be called from several threads at once. */
    public interface Progress {

        /** Progress that goes nowhere. */
        Progress NONE = new Progress() {
            @Override
            public void total(long steps) {
            }

            @Override
            public void advance(int steps) {
            }
        };

        /** Learns the number of steps at 100%: the scored tickets times {@link #STRATEGIES}. */
        void total(long steps);

        /** Learns that a strategy dispatched this many more arriving tickets. */
        void advance(int steps);
    }

    private Replay() {
    }

    /**
     * Replays a log.
     *
     * @param progress receives the number of arriving tickets each strategy has dispatched
     * @throws IllegalArgumentException when the log leaves no history or no scored tickets
     */
    public static ReplayResult run(ImportResult imported, LogSource source, ReplaySettings settings,
            Progress progress) {
        long started = System.nanoTime();
        ReplayScenario scenario = new ScenarioBuilder(settings, source.naming()).build(imported.tickets());
        LOG.info("Learned ({}) technicians from ({}) history tickets; replaying ({}) tickets", scenario.model()
                .technicians().size(), scenario.split().history().size(), scenario.tickets().size());
        ReplayRebalance rebalance = settings.rebalance();
        progress.total((long) (STRATEGIES + (rebalance == null ? 0 : 1)) * scenario.tickets().size());
        ReplaySimulator simulator = new ReplaySimulator(scenario.tickets(), scenario.model(), scenario.handling(),
                settings.batchWindow(), settings.capacity());
        List<Callable<SimulationResult>> strategies = new ArrayList<>();
        strategies.add(() -> simulator.run(engineDispatcher(scenario), progress::advance));
        if (rebalance != null) {
            strategies.add(() -> runRebalanced(simulator, scenario, rebalance, progress));
        }
        List<Supplier<Dispatcher>> baselines = List.of(RoundRobinDispatcher::new, LeastLoadedDispatcher::new,
                HistoricalDispatcher::new);
        for (Supplier<Dispatcher> baseline : baselines) {
            strategies.add(() -> simulator.run(baseline.get(), progress::advance));
        }
        List<SimulationResult> results = runAll(strategies);
        MetricsCalculator calculator = new MetricsCalculator(scenario.tickets(), scenario.model());
        List<StrategyMetrics> metrics = new ArrayList<>();
        for (SimulationResult result : results) {
            metrics.add(calculator.compute(result));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new ReplayResult(source, imported, scenario, results, metrics, elapsed);
    }

    private static SimulationResult runRebalanced(ReplaySimulator simulator, ReplayScenario scenario,
            ReplayRebalance rebalance, Progress progress) {
        EngineDispatcher dispatcher = engineDispatcher(scenario);
        EngineRebalancing rebalancing = new EngineRebalancing(dispatcher.store(), scenario.tenant(),
                dispatcher.personById(), rebalance);
        return simulator.run(dispatcher, progress::advance, rebalancing);
    }

    private static List<SimulationResult> runAll(List<Callable<SimulationResult>> strategies) {
        int threads = Math.max(1, Math.min(strategies.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SimulationResult>> futures = new ArrayList<>();
            for (Callable<SimulationResult> strategy : strategies) {
                futures.add(pool.submit(strategy));
            }
            List<SimulationResult> results = new ArrayList<>();
            for (Future<SimulationResult> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static SimulationResult await(Future<SimulationResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay was interrupted while a strategy ran.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("A replay strategy failed: " + e.getCause(), e.getCause());
        }
    }

    /** Creates the engine dispatcher over a fresh in-memory store with the scenario's tenant in it. */
    static EngineDispatcher engineDispatcher(ReplayScenario scenario) {
        TenantStore store = new InMemoryTenantStore();
        store.saveTenant(scenario.profile());
        for (Technician technician : scenario.model().technicians()) {
            store.saveTechnician(scenario.tenant(), technician);
        }
        for (Client client : scenario.clients()) {
            store.saveClient(scenario.tenant(), client);
        }
        for (Assignment seed : scenario.historySeeds()) {
            store.recordAssignment(scenario.tenant(), seed, new AuditEntry("history|" + seed.id(), scenario.tenant(),
                    seed.assignedAt(), AuditKind.TICKET_ASSIGNED, seed.ticket().value(), "history", "{}"));
        }
        Map<TechnicianId, String> personById = new HashMap<>();
        scenario.model().technicianIds().forEach((person, id) -> personById.put(id, person));
        SimulatedClock clock = new SimulatedClock(scenario.split().splitAt());
        return new EngineDispatcher(store, scenario.tenant(), clock, personById);
    }
}
