package com.techroute.engine.decision;

import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianStatus;
import com.techroute.engine.domain.TimeOff;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hard constraints: required skills at their minimum levels, active status, not on time off, on
 * shift now or starting before the SLA respond-by time, and capacity not exceeded. An overdue ticket
 * (respond-by already past) needs a technician on shift now.
 */
public final class HardConstraints {

    private HardConstraints() {
    }

    /**
     * Returns the failed constraints as a bit set of {@link ExclusionReason} ordinals; 0 means eligible.
     *
     * @param effortAhead work ahead of the ticket in the technician's queue
     */
    public static int failures(TicketContext ticket, RosterEntry entry, Duration effortAhead, Instant now) {
        Technician technician = entry.technician();
        int failed = 0;
        if (technician.status() != TechnicianStatus.ACTIVE) {
            failed |= ExclusionReason.INACTIVE.bit();
        }
        for (SkillRequirement requirement : ticket.requirements()) {
            if (technician.skillLevel(requirement.skill()) < requirement.minLevel()) {
                failed |= ExclusionReason.MISSING_SKILL.bit();
                break;
            }
        }
        if (onTimeOff(technician, now) != null) {
            failed |= ExclusionReason.TIME_OFF.bit();
        }
        if (effortAhead.getSeconds() + ticket.ticket().effort().getSeconds() > technician.capacity().getSeconds()) {
            failed |= ExclusionReason.OVER_CAPACITY.bit();
        }
        if (entry.firstWorkingBefore(now, shiftLimit(ticket, now)) == null) {
            failed |= ExclusionReason.OFF_SHIFT.bit();
        }
        return failed;
    }

    /** Returns every constraint the technician fails, each with what is lacking. */
    public static List<Exclusion> describe(TicketContext ticket, RosterEntry entry, Duration effortAhead, Instant now) {
        Technician technician = entry.technician();
        List<Exclusion> result = new ArrayList<>();
        if (technician.status() != TechnicianStatus.ACTIVE) {
            result.add(new Exclusion(ExclusionReason.INACTIVE, "status " + technician.status()));
        }
        for (SkillRequirement requirement : ticket.requirements()) {
            int level = technician.skillLevel(requirement.skill());
            if (level < requirement.minLevel()) {
                String has = level == 0 ? "lacks " + requirement.skill() : requirement.skill() + " level " + level;
                result.add(new Exclusion(ExclusionReason.MISSING_SKILL, has + ", needs level " + requirement.minLevel()));
            }
        }
        TimeOff away = onTimeOff(technician, now);
        if (away != null) {
            result.add(new Exclusion(ExclusionReason.TIME_OFF, "away until " + away.end()));
        }
        Duration total = effortAhead.plus(ticket.ticket().effort());
        if (total.compareTo(technician.capacity()) > 0) {
            result.add(new Exclusion(ExclusionReason.OVER_CAPACITY,
                    "open work " + hours(effortAhead) + " + ticket " + hours(ticket.ticket().effort())
                            + " exceeds capacity " + hours(technician.capacity())));
        }
        Instant limit = shiftLimit(ticket, now);
        if (entry.firstWorkingBefore(now, limit) == null) {
            result.add(new Exclusion(ExclusionReason.OFF_SHIFT, "no shift before " + limit));
        }
        return result;
    }

    private static Instant shiftLimit(TicketContext ticket, Instant now) {
        Instant respondBy = ticket.deadlines().respondBy();
        return respondBy.isAfter(now) ? respondBy : now;
    }

    private static TimeOff onTimeOff(Technician technician, Instant now) {
        List<TimeOff> timeOff = technician.timeOff();
        for (int i = 0; i < timeOff.size(); i++) {
            if (timeOff.get(i).covers(now)) {
                return timeOff.get(i);
            }
        }
        return null;
    }

    private static String hours(Duration duration) {
        return String.format("%.1fh", duration.toSeconds() / 3600.0);
    }
}
