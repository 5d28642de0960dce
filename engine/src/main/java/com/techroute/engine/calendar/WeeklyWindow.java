package com.techroute.engine.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A weekly span of working time in local wall-clock time, such as a shift or business hours.
 *
 * <p>When {@code end} is not after {@code start} the window crosses midnight and ends on the next
 * day: {@code FRIDAY 22:00-06:00} runs from Friday night into Saturday morning, and {@code start ==
 * end} is a full 24 hours.
 *
 * @param day day the window starts
 * @param start local start time
 * @param end local end time, on the next day when not after {@code start}
 */
public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyWindow {
        Objects.requireNonNull(day, "window day must not be null");
        Objects.requireNonNull(start, "window start must not be null");
        Objects.requireNonNull(end, "window end must not be null");
    }

    /** Returns whether the window ends on the day after it starts. */
    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** Returns the nominal length in wall-clock time; a DST change on the day makes the real length differ. */
    public Duration nominalLength() {
        Duration length = Duration.between(start, end);
        return crossesMidnight() ? length.plusDays(1) : length;
    }

    /** Returns the start as minutes since Monday 00:00. */
    int startMinuteOfWeek() {
        return (day.getValue() - 1) * 24 * 60 + start.getHour() * 60 + start.getMinute();
    }

    /**
     * Parses {@code MON 09:00-17:00} (day names or three-letter abbreviations, any case).
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static WeeklyWindow parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s+");
        String[] times = parts.length == 2 ? parts[1].split("-") : new String[0];
        if (times.length != 2) {
            throw new IllegalArgumentException(String.format(
                    "Invalid weekly window (%s). Write it as DAY HH:MM-HH:MM, such as MON 09:00-17:00.", text));
        }
        try {
            return new WeeklyWindow(parseDay(parts[0]), LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(String.format(
                    "Invalid weekly window (%s). Write it as DAY HH:MM-HH:MM, such as MON 09:00-17:00.", text), e);
        }
    }

    private static DayOfWeek parseDay(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || day.name().startsWith(upper) && upper.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("Unknown day (" + text + ")");
    }

    @Override
    public String toString() {
        return day.name().substring(0, 3) + " " + start + "-" + end;
    }
}
