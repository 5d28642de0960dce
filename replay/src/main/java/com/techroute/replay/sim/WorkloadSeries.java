package com.techroute.replay.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each person's open effort, in hours, sampled at evenly spaced instants over the scored part: the
 * data of the workload chart. Filled by the simulator as its clock passes each sample instant.
 */
public final class WorkloadSeries {

    private final List<Instant> instants;
    private final Map<String, double[]> hoursByPerson = new LinkedHashMap<>();
    private int recorded;

    /**
     * Creates the series.
     *
     * @param samples number of sample instants, at least 2
     */
    public WorkloadSeries(Instant first, Instant last, int samples) {
        if (samples < 2) {
            throw new IllegalArgumentException("Workload series needs at least 2 samples, got " + samples + ".");
        }
        List<Instant> times = new ArrayList<>(samples);
        long span = Duration.between(first, last).toMillis();
        for (int i = 0; i < samples; i++) {
            times.add(first.plusMillis(Math.round(span * (double) i / (samples - 1))));
        }
        this.instants = List.copyOf(times);
    }

    /** Records the current open effort at every sample instant up to and including {@code now}. */
    void recordUntil(Instant now, Workforce workforce) {
        while (recorded < instants.size() && !instants.get(recorded).isAfter(now)) {
            record(workforce);
        }
    }

    /** Records the current open effort at every sample instant not yet recorded. */
    void recordRest(Workforce workforce) {
        while (recorded < instants.size()) {
            record(workforce);
        }
    }

    private void record(Workforce workforce) {
        for (WorkQueue queue : workforce.all()) {
            double[] hours = hoursByPerson.computeIfAbsent(queue.person(), person -> new double[instants.size()]);
            hours[recorded] = queue.openEffort().toMillis() / 3_600_000.0;
        }
        recorded++;
    }

    /** Returns the sample instants. */
    public List<Instant> instants() {
        return instants;
    }

    /** Returns each person's open effort in hours at each sample instant; 0 before they had work. */
    public Map<String, double[]> hoursByPerson() {
        return hoursByPerson;
    }
}
