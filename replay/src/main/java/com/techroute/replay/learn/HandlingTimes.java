package com.techroute.replay.learn;

import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.replay.log.HistoricalTicket;
import java.time.Duration;
import java.time.Instant;

/**
 * Handling time and resolver of a historical ticket.
 *
 * <p>The handling time of a resolved ticket is the working time, on its resolver's calendar, from when
 * work began to the last resolution. Work begins when the first assignee took the ticket, or when it
 * was opened if the log records no assignment before the resolution. The resolver is the last person
 * in the ticket's assignee list, the one who held it when it was resolved.
 */
public final class HandlingTimes {

    private HandlingTimes() {
    }

    /** Returns the person who held the ticket when it was resolved, or null when nobody took it. */
    public static String resolver(HistoricalTicket ticket) {
        return ticket.assignees().isEmpty() ? null : ticket.assignees().get(ticket.assignees().size() - 1);
    }

    /** Returns when work on the ticket began, for a resolved ticket; see the class comment. */
    public static Instant workStart(HistoricalTicket ticket) {
        Instant assigned = ticket.assignedAt();
        Instant resolved = ticket.resolvedAt();
        boolean assignedFirst = assigned != null && (resolved == null || assigned.isBefore(resolved));
        return assignedFirst ? assigned : ticket.openedAt();
    }

    /**
     * Returns the handling time of a ticket in the working time of a calendar, or null when the ticket
     * was never resolved.
     */
    public static Duration handlingTime(HistoricalTicket ticket, WorkingCalendar calendar) {
        if (ticket.resolvedAt() == null) {
            return null;
        }
        return calendar.workingTimeBetween(workStart(ticket), ticket.resolvedAt());
    }
}
