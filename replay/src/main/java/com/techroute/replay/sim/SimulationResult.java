package com.techroute.replay.sim;

import java.util.Collections;
import java.util.List;

/**
 * Outcome of one strategy in the simulation.
 *
 * @param strategy the dispatcher's name
 * @param jobs per scored ticket, by index, the job it became, or null when it was never assigned
 * @param queues every person's queue at the end, the engine's technicians first
 * @param workload open effort per person over time
 * @param rebalance what the rebalances did, or null when the strategy does not rebalance
 */
public record SimulationResult(String strategy, List<Job> jobs, List<WorkQueue> queues, WorkloadSeries workload,
        RebalanceStats rebalance) {

    /** Keeps the jobs list as given, nulls included, but read-only. */
    public SimulationResult {
        jobs = Collections.unmodifiableList(jobs);
        queues = List.copyOf(queues);
    }

    /** Creates the result of a strategy that does not rebalance. */
    public SimulationResult(String strategy, List<Job> jobs, List<WorkQueue> queues, WorkloadSeries workload) {
        this(strategy, jobs, queues, workload, null);
    }

    /** Returns the number of scored tickets that were never assigned. */
    public long unassignedCount() {
        return jobs.stream().filter(job -> job == null).count();
    }
}
