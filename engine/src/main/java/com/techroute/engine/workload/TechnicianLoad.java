package com.techroute.engine.workload;

import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.TechnicianId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A technician's current work and recent history, derived from assignments.
 *
 * @param technician technician id
 * @param queue open work in the order it is worked
 * @param recentByClient assignments per client within the affinity window
 * @param recentAssignments assignments within the fairness window
 */
public record TechnicianLoad(TechnicianId technician, List<OpenWork> queue, Map<ClientId, Integer> recentByClient,
        int recentAssignments) {

    public TechnicianLoad {
        Objects.requireNonNull(technician, "technician must not be null");
        queue = List.copyOf(queue);
        recentByClient = Map.copyOf(recentByClient);
    }

    /** Returns the load of a technician with no work and no history. */
    public static TechnicianLoad idle(TechnicianId technician) {
        return new TechnicianLoad(technician, List.of(), Map.of(), 0);
    }

    /** Returns the remaining effort of all open work. */
    public Duration openEffort() {
        Duration total = Duration.ZERO;
        for (OpenWork work : queue) {
            total = total.plus(work.remaining());
        }
        return total;
    }

    /** Returns how many recent assignments were for the client. */
    public int recentFor(ClientId client) {
        return recentByClient.getOrDefault(client, 0);
    }
}
