package com.techroute.benchmarks;

import com.techroute.engine.batch.BatchAssigner;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import java.time.Instant;
import java.util.ArrayList;
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
 * Joint assignment of a batch of {@value #BATCH_SIZE} tickets that arrive together, against a prepared
 * roster. The roster build is measured apart, in {@link DecisionBenchmark#rosterBuild()}.
 *
 * <p>Each call takes the next of {@value #BATCHES} distinct batches.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BatchBenchmark {

    static final int BATCH_SIZE = 50;
    static final int BATCHES = 40;

    @Param({"500", "2000"})
    public int technicians;

    private BatchAssigner assigner;
    private Roster roster;
    private List<List<TicketContext>> batches;
    private Instant now;
    private int next;

    @Setup
    public void setUp() {
        Instance instance = new InstanceGenerator(DecisionBenchmark.SEED).generate(technicians, BATCH_SIZE * BATCHES);
        assigner = new BatchAssigner(new DecisionEngine(instance.profile()));
        roster = instance.roster();
        now = instance.asOf();
        batches = new ArrayList<>(BATCHES);
        for (int start = 0; start < instance.tickets().size(); start += BATCH_SIZE) {
            batches.add(instance.tickets().subList(start, start + BATCH_SIZE));
        }
    }

    /** Assigns the next batch of 50 tickets as one minimum-cost assignment. */
    @Benchmark
    public List<Decision> assign50() {
        List<TicketContext> batch = batches.get(next);
        next = (next + 1) % BATCHES;
        return assigner.assign(batch, roster, now);
    }
}
