package com.techroute.engine.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working time in one time zone: weekly windows in local wall-clock time, minus holidays (whole local
 * dates) and minus exclusions such as time off.
 *
 * <p>Used both for business-hours SLA arithmetic and for a technician's shifts. Windows are laid onto
 * real dates with the zone's rules, so a 09:00-17:00 window stays 09:00-17:00 local time across a DST
 * change, and a night shift that spans the change is an hour shorter or longer in real time.
 */
public final class WorkingCalendar {

    /** How far ahead the calendar searches for working time before it gives up. */
    public static final int HORIZON_DAYS = 400;

    private final String name;
    private final ZoneId zone;
    private final List<WeeklyWindow> windows;
    private final Set<LocalDate> holidays;
    private final List<TimeInterval> exclusions;
    private final List<List<WeeklyWindow>> windowsByDay = new ArrayList<>(7);

    /**
     * Creates a calendar.
     *
     * @param name name for messages, such as {@code "EU business hours"} or a technician id
     * @param zone zone the windows and holidays are local to
     * @param windows weekly windows; must not overlap one another
     * @param holidays local dates without working time
     * @param exclusions spans without working time, such as time off
     * @throws IllegalArgumentException when windows overlap, naming both
     */
    @JsonCreator
    public WorkingCalendar(@JsonProperty("name") String name, @JsonProperty("zone") ZoneId zone,
            @JsonProperty("windows") List<WeeklyWindow> windows, @JsonProperty("holidays") Set<LocalDate> holidays,
            @JsonProperty("exclusions") List<TimeInterval> exclusions) {
        this.name = Objects.requireNonNull(name, "calendar name must not be null");
        this.zone = Objects.requireNonNull(zone, "calendar zone must not be null");
        this.windows = List.copyOf(Objects.requireNonNull(windows, "calendar windows must not be null"));
        this.holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        List<TimeInterval> sorted = exclusions == null ? new ArrayList<>() : new ArrayList<>(exclusions);
        sorted.sort(Comparator.comparing(TimeInterval::start));
        this.exclusions = List.copyOf(sorted);
        for (int i = 0; i < 7; i++) {
            windowsByDay.add(new ArrayList<>());
        }
        for (WeeklyWindow window : this.windows) {
            windowsByDay.get(window.day().getValue() - 1).add(window);
        }
        windowsByDay.forEach(list -> list.sort(Comparator.comparing(WeeklyWindow::start)));
        WindowOverlap.requireNoOverlap(name, this.windows);
    }

    @JsonProperty("name")
    public String name() {
        return name;
    }

    @JsonProperty("zone")
    public ZoneId zone() {
        return zone;
    }

    @JsonProperty("windows")
    public List<WeeklyWindow> windows() {
        return windows;
    }

    @JsonProperty("holidays")
    public Set<LocalDate> holidays() {
        return holidays;
    }

    @JsonProperty("exclusions")
    public List<TimeInterval> exclusions() {
        return exclusions;
    }

    /** Returns a copy of this calendar with more exclusions, such as a technician's time off. */
    public WorkingCalendar withExclusions(List<TimeInterval> more) {
        List<TimeInterval> all = new ArrayList<>(exclusions);
        all.addAll(more);
        return new WorkingCalendar(name, zone, windows, holidays, all);
    }

    /** Returns whether the instant is working time. */
    public boolean isWorking(Instant instant) {
        return nextWorkingInstant(instant, instant).isPresent();
    }

    /**
     * Returns the first working instant at or after {@code from} and not after {@code notAfter}.
     *
     * @return empty when no working time starts in that span
     */
    public Optional<Instant> nextWorkingInstant(Instant from, Instant notAfter) {
        Instant[] found = new Instant[1];
        forEachInterval(from, notAfter, piece -> {
            found[0] = piece.start();
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Returns the instant at which {@code work} of working time, counted from {@code from}, is done:
     * the deadline semantics used for SLA targets. Work that ends exactly at a window's end ends there.
     *
     * @throws IllegalStateException when the calendar has no working time within {@link #HORIZON_DAYS}
     */
    public Instant addWorkingTime(Instant from, Duration work) {
        return walk(from, work, true);
    }

    /**
     * Returns the instant at which new work can start once {@code ahead} of working time, counted from
     * {@code from}, is done: the start semantics used for queues. Work ahead that ends exactly at a
     * window's end moves the start to the next window.
     *
     * @throws IllegalStateException when the calendar has no working time within {@link #HORIZON_DAYS}
     */
    public Instant startAfter(Instant from, Duration ahead) {
        return walk(from, ahead, false);
    }

    /** Returns the working time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long[] seconds = new long[1];
        forEachInterval(from, to, piece -> {
            Instant end = piece.end().isAfter(to) ? to : piece.end();
            if (end.isAfter(piece.start())) {
                seconds[0] += Duration.between(piece.start(), end).toSeconds();
            }
            return true;
        });
        return Duration.ofSeconds(seconds[0]);
    }

    private Instant walk(Instant from, Duration amount, boolean endsInside) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + amount);
        }
        Duration[] remaining = {amount};
        Instant[] result = new Instant[1];
        Instant limit = from.plus(Duration.ofDays(HORIZON_DAYS));
        forEachInterval(from, limit, piece -> {
            Duration length = piece.length();
            int compare = remaining[0].compareTo(length);
            if (compare < 0 || compare == 0 && endsInside) {
                result[0] = piece.start().plus(remaining[0]);
                return false;
            }
            remaining[0] = remaining[0].minus(length);
            return true;
        });
        if (result[0] == null) {
            throw new IllegalStateException(String.format(
                    "Calendar (%s) has no %s of working time within %d days after %s. Add weekly windows"
                            + " or remove holidays and exclusions.", name, amount, HORIZON_DAYS, from));
        }
        return result[0];
    }

    /**
     * Visits the working intervals that end after {@code from} and start no later than {@code limit},
     * in time order, clipped to start at {@code from}, until the visitor returns false.
     */
    private void forEachInterval(Instant from, Instant limit, IntervalVisitor visitor) {
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate lastDay = limit.atZone(zone).toLocalDate();
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (WeeklyWindow window : windowsByDay.get(day.getDayOfWeek().getValue() - 1)) {
                Instant start = ZonedDateTime.of(day, window.start(), zone).toInstant();
                LocalDate endDay = window.crossesMidnight() ? day.plusDays(1) : day;
                Instant end = ZonedDateTime.of(endDay, window.end(), zone).toInstant();
                if (!end.isAfter(from)) {
                    continue;
                }
                if (start.isAfter(limit)) {
                    return;
                }
                if (start.isBefore(from)) {
                    start = from;
                }
                if (!visitPieces(start, end, day, endDay, limit, visitor)) {
                    return;
                }
            }
        }
    }

    /** Cuts holidays and exclusions out of {@code [start, end)} and visits what is left. */
    private boolean visitPieces(Instant start, Instant end, LocalDate day, LocalDate endDay, Instant limit,
            IntervalVisitor visitor) {
        List<TimeInterval> blocks = blocksOverlapping(start, end, day, endDay);
        Instant cursor = start;
        for (TimeInterval block : blocks) {
            if (block.start().isAfter(cursor) && !visitIfStarted(cursor, block.start(), limit, visitor)) {
                return false;
            }
            if (block.end().isAfter(cursor)) {
                cursor = block.end();
            }
        }
        return !end.isAfter(cursor) || visitIfStarted(cursor, end, limit, visitor);
    }

    private static boolean visitIfStarted(Instant start, Instant end, Instant limit, IntervalVisitor visitor) {
        if (start.isAfter(limit)) {
            return false;
        }
        return visitor.visit(new TimeInterval(start, end));
    }

    private List<TimeInterval> blocksOverlapping(Instant start, Instant end, LocalDate day, LocalDate endDay) {
        List<TimeInterval> blocks = new ArrayList<>(2);
        for (LocalDate date = day; !date.isAfter(endDay); date = date.plusDays(1)) {
            if (holidays.contains(date)) {
                blocks.add(new TimeInterval(date.atStartOfDay(zone).toInstant(),
                        date.plusDays(1).atStartOfDay(zone).toInstant()));
            }
        }
        for (TimeInterval exclusion : exclusions) {
            if (exclusion.start().isBefore(end) && exclusion.end().isAfter(start)) {
                blocks.add(exclusion);
            }
        }
        if (blocks.size() > 1) {
            blocks.sort(Comparator.comparing(TimeInterval::start));
        }
        return blocks;
    }

    /** Returns a calendar that is working time at every instant, for tests and logs without hours. */
    public static WorkingCalendar alwaysOpen(String name, ZoneId zone) {
        List<WeeklyWindow> all = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            all.add(new WeeklyWindow(day, java.time.LocalTime.MIDNIGHT, java.time.LocalTime.MIDNIGHT));
        }
        return new WorkingCalendar(name, zone, all, Set.of(), List.of());
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + name + ", " + zone + ", " + windows + "]";
    }

    @FunctionalInterface
    private interface IntervalVisitor {
        boolean visit(TimeInterval piece);
    }
}
