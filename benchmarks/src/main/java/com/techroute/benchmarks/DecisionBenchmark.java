package com.techroute.benchmarks;

import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The online path for one tenant: deciding one ticket against a prepared roster, and building that
 * roster, which the online path does once per message batch.
 *
 * <p>Each {@link #decide()} call takes the next ticket of a pool of {@value #POOL_SIZE}, so the JIT cannot
 * specialise on one ticket. The roster is not updated between decisions, so every ticket is decided against the same loads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionBenchmark {

    /** Seed of every generated instance, so that runs are comparable. */
    public static final long SEED = 20250610L;
    static final int POOL_SIZE = 4096;

    @Param({"50", "500", "2000"})
    public int technicians;

    private Instance instance;
    private DecisionEngine engine;
    private Roster roster;
    private List<TicketContext> tickets;
    private Instant now;
    private int next;

    @Setup
    public void setUp() {
        instance = new InstanceGenerator(SEED).generate(technicians, POOL_SIZE);
        engine = new DecisionEngine(instance.profile());
        roster = instance.roster();
        tickets = instance.tickets();
        now = instance.asOf();
    }

    /** Decides the next ticket of the pool: hard constraints and scoring over every technician. */
    @Benchmark
    public Decision decide() {
        TicketContext ticket = tickets.get(next);
        next = (next + 1) % POOL_SIZE;
        return engine.decide(ticket, roster, now);
    }

    /** Builds the roster: each technician's calendar, first working instant and start after open work. */
    @Benchmark
    public Roster rosterBuild() {
        return Roster.of(instance.technicians(), instance.workload(), now);
    }
}
