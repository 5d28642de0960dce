package com.techroute.engine.workload;

import com.techroute.engine.domain.TechnicianId;
import java.util.Map;

/**
 * Every technician's load at one moment; a technician absent from the map is idle.
 *
 * @param loads load per technician
 */
public record WorkloadSnapshot(Map<TechnicianId, TechnicianLoad> loads) {

    public static final WorkloadSnapshot EMPTY = new WorkloadSnapshot(Map.of());

    public WorkloadSnapshot {
        loads = Map.copyOf(loads);
    }

    /** Returns a technician's load, idle when the snapshot has none. */
    public TechnicianLoad of(TechnicianId technician) {
        TechnicianLoad load = loads.get(technician);
        return load == null ? TechnicianLoad.idle(technician) : load;
    }
}
