package com.techroute.engine.workload;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.TechnicianId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Derives technicians' loads from assignments, so workload is never a counter that could drift. */
public final class Workloads {

    /** Recent work for a client within this window counts toward affinity. */
    public static final Duration AFFINITY_WINDOW = Duration.ofDays(30);
    /** Assignments within this window count toward fairness. */
    public static final Duration FAIRNESS_WINDOW = Duration.ofHours(24);

    private Workloads() {
    }

    /**
     * Builds a snapshot from open assignments (the queues) and recent ones (affinity and fairness).
     *
     * @param open open and started assignments; others are ignored
     * @param recent assignments made within {@link #AFFINITY_WINDOW} before {@code now}, any status
     * @param now the snapshot time
     */
    public static WorkloadSnapshot derive(List<Assignment> open, List<Assignment> recent, Instant now) {
        Map<TechnicianId, List<OpenWork>> queues = new HashMap<>();
        List<Assignment> sorted = new ArrayList<>(open);
        sorted.sort(Comparator.comparing(Assignment::assignedAt).thenComparing(Assignment::id));
        for (Assignment assignment : sorted) {
            if (!assignment.status().isOpenWork()) {
                continue;
            }
            queues.computeIfAbsent(assignment.technician(), id -> new ArrayList<>()).add(new OpenWork(
                    assignment.ticket(), assignment.client(), assignment.effort(), assignment.assignedAt(),
                    assignment.status() == AssignmentStatus.STARTED));
        }
        Map<TechnicianId, Map<ClientId, Integer>> byClient = new HashMap<>();
        Map<TechnicianId, Integer> counts = new HashMap<>();
        Instant affinityStart = now.minus(AFFINITY_WINDOW);
        Instant fairnessStart = now.minus(FAIRNESS_WINDOW);
        for (Assignment assignment : recent) {
            if (assignment.assignedAt().isBefore(affinityStart) || assignment.assignedAt().isAfter(now)) {
                continue;
            }
            byClient.computeIfAbsent(assignment.technician(), id -> new HashMap<>())
                    .merge(assignment.client(), 1, Integer::sum);
            if (!assignment.assignedAt().isBefore(fairnessStart)) {
                counts.merge(assignment.technician(), 1, Integer::sum);
            }
        }
        Map<TechnicianId, TechnicianLoad> loads = new HashMap<>();
        for (TechnicianId technician : union(queues.keySet(), byClient.keySet())) {
            loads.put(technician, new TechnicianLoad(technician, queues.getOrDefault(technician, List.of()),
                    byClient.getOrDefault(technician, Map.of()), counts.getOrDefault(technician, 0)));
        }
        return new WorkloadSnapshot(loads);
    }

    private static List<TechnicianId> union(Set<TechnicianId> a, Set<TechnicianId> b) {
        Set<TechnicianId> all = new TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
