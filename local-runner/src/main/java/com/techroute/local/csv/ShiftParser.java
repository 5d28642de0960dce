package com.techroute.local.csv;

import com.techroute.engine.calendar.WeeklyWindow;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a spreadsheet cell of weekly shifts, such as {@code MON-FRI 09:00-17:00} or
 * {@code MON 22:00-06:00; TUE 22:00-06:00}. Shifts are separated by {@code ;} or line breaks. The days of
 * one shift are a day, a range ({@code MON-FRI}, which may wrap past Sunday) or a comma list
 * ({@code MON,WED,FRI}). A shift whose end is not after its start crosses midnight.
 */
public final class ShiftParser {

    static final String FORM = "Write shifts as DAYS HH:MM-HH:MM separated by ;"
            + " such as MON-FRI 09:00-17:00 or MON 22:00-06:00; TUE 22:00-06:00";

    private static final Pattern SHIFT = Pattern.compile("(\\S+)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
    private static final Pattern DAY_RANGE = Pattern.compile("([A-Za-z]+)\\s*-\\s*([A-Za-z]+)");

    private ShiftParser() {
    }

    /**
     * Parses a cell into one weekly window per day.
     *
     * @throws IllegalArgumentException naming the shift that does not parse and the expected form
     */
    public static List<WeeklyWindow> parse(String cell) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (String shift : cell.split("[;\\r\\n]+")) {
            if (!shift.isBlank()) {
                windows.addAll(parseShift(normalizeDayRanges(shift.strip())));
            }
        }
        return windows;
    }

    private static String normalizeDayRanges(String shift) {
        return DAY_RANGE.matcher(shift).replaceAll("$1-$2");
    }

    private static List<WeeklyWindow> parseShift(String shift) {
        Matcher matcher = SHIFT.matcher(shift);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(String.format("Invalid shift (%s). %s.", shift, FORM));
        }
        String times = pad(matcher.group(2)) + "-" + pad(matcher.group(3));
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : days(matcher.group(1), shift)) {
            try {
                windows.add(WeeklyWindow.parse(day.name().substring(0, 3) + " " + times));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(String.format(
                        "Invalid time in shift (%s). Use 24-hour times from 00:00 to 23:59.", shift), e);
            }
        }
        return windows;
    }

    /** Expands {@code MON}, {@code MON-FRI} or {@code MON,WED-THU} into days, in the order written. */
    private static List<DayOfWeek> days(String spec, String shift) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : spec.split(",")) {
            String[] ends = item.split("-", -1);
            if (ends.length == 1) {
                days.add(day(ends[0], shift));
            } else if (ends.length == 2) {
                DayOfWeek first = day(ends[0], shift);
                DayOfWeek last = day(ends[1], shift);
                for (DayOfWeek day = first; ; day = day.plus(1)) {
                    days.add(day);
                    if (day == last) {
                        break;
                    }
                }
            } else {
                throw new IllegalArgumentException(String.format("Invalid days (%s) in shift (%s). %s.", item, shift, FORM));
            }
        }
        return days;
    }

    private static DayOfWeek day(String text, String shift) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (upper.length() >= 3 && day.name().startsWith(upper)) {
                return day;
            }
        }
        throw new IllegalArgumentException(String.format(
                "Unknown day (%s) in shift (%s). Use MON, TUE, WED, THU, FRI, SAT or SUN.", text, shift));
    }

    /** Turns {@code 9:00} into {@code 09:00}, the form {@link java.time.LocalTime#parse} needs. */
    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }
}
