package com.techroute.engine.decision;

import com.techroute.engine.domain.TechnicianId;
import java.util.List;

/**
 * A technician who came close to taking an unassignable ticket, and what they lack.
 *
 * @param technician technician id
 * @param failures every hard constraint they failed
 */
public record Shortfall(TechnicianId technician, List<Exclusion> failures) {

    public Shortfall {
        failures = List.copyOf(failures);
    }
}
