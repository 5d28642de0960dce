package com.techroute.rebalancer.domain;

import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.decision.RosterEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Lays work ahead onto one technician's calendar from the rebalance time, and caches each result,
 * because the solver requests the same sums of effort many times.
 *
 * <p>Not thread-safe: one solver thread uses it. The solver's solution cloner copies the reference, so
 * the working solution and its best-solution clones share one cache, which is safe because the start
 * depends only on the effort ahead.
 */
public final class QueueCalendar {

    /** Start used when the calendar has no room for the work ahead within its search horizon. */
    public static final Duration BEYOND_HORIZON = Duration.ofDays(WorkingCalendar.HORIZON_DAYS);

    private final RosterEntry entry;
    private final Instant now;
    /** Largest effort ahead, in minutes, cached by index; larger or fractional sums go to the map. */
    private static final int MAX_INDEXED_MINUTES = 1 << 20;

    private final Map<Duration, Instant> starts = new HashMap<>();
    // Starts by whole minutes of effort ahead. Profiling the 2,000 x 200 benchmark showed the hash lookups of
    // the map as the largest cost of the search, and effort sums are whole minutes in practice.
    private Instant[] byMinute = new Instant[64];

    public QueueCalendar(RosterEntry entry, Instant now) {
        this.entry = Objects.requireNonNull(entry, "entry must not be null");
        this.now = Objects.requireNonNull(now, "now must not be null");
    }

    /**
     * Returns when the technician would start a ticket with {@code effortAhead} of work before it. When the
     * calendar has no room within {@link WorkingCalendar#HORIZON_DAYS}, returns {@code now} plus
     * {@link #BEYOND_HORIZON}, so the SLA factors score 0 there.
     */
    public Instant startAfter(Duration effortAhead) {
        long seconds = effortAhead.getSeconds();
        if (effortAhead.getNano() == 0 && seconds % 60 == 0 && seconds >= 0 && seconds / 60 < MAX_INDEXED_MINUTES) {
            return startAfterMinutes((int) (seconds / 60), effortAhead);
        }
        Instant start = starts.get(effortAhead);
        if (start == null) {
            start = compute(effortAhead);
            starts.put(effortAhead, start);
        }
        return start;
    }

    private Instant startAfterMinutes(int minutes, Duration effortAhead) {
        if (minutes >= byMinute.length) {
            byMinute = Arrays.copyOf(byMinute, Math.max(minutes + 1, byMinute.length * 2));
        }
        Instant start = byMinute[minutes];
        if (start == null) {
            start = compute(effortAhead);
            byMinute[minutes] = start;
        }
        return start;
    }

    private Instant compute(Duration effortAhead) {
        try {
            return entry.startAfter(now, effortAhead);
        } catch (IllegalStateException noRoom) {
            return now.plus(BEYOND_HORIZON);
        }
    }
}
