package com.techroute.engine.decision;

import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.workload.TechnicianLoad;
import java.time.Duration;
import java.time.Instant;

/**
 * A technician with what the engine needs about them, computed once per decision round at
 * {@code asOf}, so scoring many tickets does not walk the same calendar again.
 *
 * @param technician the technician
 * @param availability shifts minus time off
 * @param load open work and recent history
 * @param openEffort remaining effort of the open work
 * @param asOf the instant the cached times were computed for
 * @param firstWorking first working instant at or after {@code asOf} within {@link Roster#LOOKAHEAD}, or null
 * @param startAfterOpenWork when a new ticket at the end of the queue would start, or null when the
 *     calendar has no room for the open work within its horizon
 */
public record RosterEntry(Technician technician, WorkingCalendar availability, TechnicianLoad load,
        Duration openEffort, Instant asOf, Instant firstWorking, Instant startAfterOpenWork) {

    /**
     * Returns the first working instant at or after {@code now} and not after {@code limit}, or null.
     */
    public Instant firstWorkingBefore(Instant now, Instant limit) {
        if (now.equals(asOf) && limit.getEpochSecond() < asOf.getEpochSecond() + Roster.LOOKAHEAD.getSeconds()) {
            return firstWorking != null && !firstWorking.isAfter(limit) ? firstWorking : null;
        }
        return availability.nextWorkingInstant(now, limit).orElse(null);
    }

    /** Returns when the technician would start new work with {@code ahead} of work before it. */
    public Instant startAfter(Instant now, Duration ahead) {
        if (now.equals(asOf) && ahead.equals(openEffort) && startAfterOpenWork != null) {
            return startAfterOpenWork;
        }
        return availability.startAfter(now, ahead);
    }
}
