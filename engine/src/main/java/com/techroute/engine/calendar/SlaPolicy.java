package com.techroute.engine.calendar;

import com.techroute.engine.domain.Priority;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * SLA targets of one client tier, per priority, in the working time of a named calendar.
 *
 * @param tier client tier the policy applies to
 * @param calendar name of the business-hours calendar the targets count in
 * @param targets a target for every priority
 */
public record SlaPolicy(String tier, String calendar, Map<Priority, SlaTarget> targets) {

    public SlaPolicy {
        Objects.requireNonNull(tier, "SLA policy tier must not be null");
        Objects.requireNonNull(calendar, "SLA policy calendar must not be null");
        targets = Map.copyOf(new EnumMap<>(targets));
        for (Priority priority : Priority.values()) {
            if (!targets.containsKey(priority)) {
                throw new IllegalArgumentException(String.format(
                        "SLA policy for tier (%s) has no target for priority (%s). Add one.", tier, priority));
            }
        }
    }

    /** Returns the deadlines of a ticket of this priority created at {@code createdAt}. */
    public SlaDeadlines deadlines(Priority priority, Instant createdAt, WorkingCalendar businessHours) {
        SlaTarget target = targets.get(priority);
        return new SlaDeadlines(businessHours.addWorkingTime(createdAt, target.respondWithin()),
                businessHours.addWorkingTime(createdAt, target.resolveWithin()));
    }
}
