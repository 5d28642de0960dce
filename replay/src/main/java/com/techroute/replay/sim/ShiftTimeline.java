package com.techroute.replay.sim;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar's working intervals laid onto real dates for a few weeks at a time, so "first working
 * instant from now" is a binary search instead of a walk over the calendar's days. The simulation needs
 * that instant for every technician at every event, and a calendar walk made it the costliest step.
 *
 * <p>Windows are laid onto dates the way {@link WorkingCalendar} lays them, with
 * {@link ZonedDateTime#of}, so both agree across daylight-saving changes. Only calendars without
 * holidays and exclusions qualify; see {@link #supports}.
 */
final class ShiftTimeline {

    private static final int DAYS = 21;

    private final WorkingCalendar calendar;
    private Instant coveredFrom = Instant.MAX;
    private Instant coveredTo = Instant.MIN;
    private long[] starts = new long[0];
    private long[] ends = new long[0];

    ShiftTimeline(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Returns whether a calendar's working time is its weekly windows alone. */
    static boolean supports(WorkingCalendar calendar) {
        return calendar.holidays().isEmpty() && calendar.exclusions().isEmpty();
    }

    /**
     * Returns the first working instant at or after {@code now} and within {@code lookahead}, or null,
     * as {@link WorkingCalendar#nextWorkingInstant} returns it.
     */
    Instant firstWorkingFrom(Instant now, Duration lookahead) {
        Instant limit = now.plus(lookahead);
        if (now.isBefore(coveredFrom) || limit.isAfter(coveredTo)) {
            layOut(now, limit);
        }
        long at = now.toEpochMilli();
        int index = firstEndingAfter(at);
        if (index == ends.length) {
            return null;
        }
        Instant start = Instant.ofEpochMilli(Math.max(starts[index], at));
        return start.isAfter(limit) ? null : start;
    }

    /** Returns the index of the first interval that ends after the instant, or the interval count. */
    private int firstEndingAfter(long at) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] <= at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private void layOut(Instant from, Instant limit) {
        LocalDate first = from.atZone(calendar.zone()).toLocalDate().minusDays(1);
        LocalDate last = limit.atZone(calendar.zone()).toLocalDate().plusDays(DAYS);
        List<long[]> intervals = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (WeeklyWindow window : calendar.windows()) {
                if (window.day() == day.getDayOfWeek()) {
                    ZonedDateTime start = ZonedDateTime.of(day, window.start(), calendar.zone());
                    LocalDate endDay = window.crossesMidnight() ? day.plusDays(1) : day;
                    ZonedDateTime end = ZonedDateTime.of(endDay, window.end(), calendar.zone());
                    intervals.add(new long[] {start.toInstant().toEpochMilli(), end.toInstant().toEpochMilli()});
                }
            }
        }
        intervals.sort((a, b) -> Long.compare(a[0], b[0]));
        starts = intervals.stream().mapToLong(interval -> interval[0]).toArray();
        ends = intervals.stream().mapToLong(interval -> interval[1]).toArray();
        coveredFrom = first.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        coveredTo = last.atStartOfDay(calendar.zone()).toInstant();
    }
}
