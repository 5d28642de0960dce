package com.techroute.replay;

import com.techroute.engine.calendar.SlaTarget;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.domain.Priority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats the text forms of replay settings, as the command line takes them and the report
 * prints them. The defaults are kept in that form too.
 */
public final class SettingsText {

    /** Default SLA targets: respond/resolve per priority, in business hours. */
    public static final String DEFAULT_SLA = "P1=1h/4h,P2=2h/8h,P3=4h/24h,P4=8h/40h";
    /** Default business hours, which are also the shifts of people whose hours cannot be learned. */
    public static final String DEFAULT_BUSINESS_HOURS = "MON-FRI 08:00-18:00";
    /** Default tier weights, from the busiest quartile of clients down. */
    public static final String DEFAULT_TIER_WEIGHTS = "4,3,2,1";
    /** Default capacity: a working week of open effort. */
    public static final String DEFAULT_CAPACITY = "40h";
    /** Default handling-time cap: one working day. */
    public static final String DEFAULT_HANDLING_CAP = "8h";
    /** Default minimum effort. */
    public static final String DEFAULT_MIN_EFFORT = "5m";
    /** Default minimum of technicians with a category's skill for the skill to be required. */
    public static final int DEFAULT_MIN_SKILL_HOLDERS = 1;
    /** Default batch window: each ticket on its own. */
    public static final String DEFAULT_BATCH_WINDOW = "0s";

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([smhd])");
    private static final Pattern HOURS = Pattern.compile("(\\S+)\\s+(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");

    private SettingsText() {
    }

    /** Returns the default settings with the given zone. */
    public static ReplaySettings defaults(ZoneId zone) {
        return new ReplaySettings(zone, ReplaySettings.DEFAULT_HISTORY_SHARE, duration(DEFAULT_BATCH_WINDOW),
                duration(DEFAULT_HANDLING_CAP), duration(DEFAULT_MIN_EFFORT), duration(DEFAULT_CAPACITY), DEFAULT_MIN_SKILL_HOLDERS,
                slaTargets(DEFAULT_SLA), businessHours(DEFAULT_BUSINESS_HOURS), ReplaySettings.ShiftSource.LEARNED,
                ReplaySettings.TierSource.VOLUME, tierWeights(DEFAULT_TIER_WEIGHTS));
    }

    /**
     * Parses a duration such as {@code 90s}, {@code 30m}, {@code 8h}, {@code 1h30m}, {@code 2d} or the ISO
     * form {@code PT8H}. A day is 24 hours.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static Duration duration(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalidDuration(text, e);
            }
        }
        Matcher matcher = DURATION_PART.matcher(value);
        double seconds = 0;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            seconds += Double.parseDouble(matcher.group(1)) * unitSeconds(matcher.group(2));
            end = matcher.end();
        }
        if (end == 0 || end != value.length()) {
            throw invalidDuration(text, null);
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static long unitSeconds(String unit) {
        return switch (unit) {
            case "s" -> 1;
            case "m" -> 60;
            case "h" -> 3600;
            default -> 86_400;
        };
    }

    private static IllegalArgumentException invalidDuration(String text, Throwable cause) {
        return new IllegalArgumentException(String.format(
                "Invalid duration (%s). Write it as 90s, 30m, 8h, 1h30m, 2d or PT8H.", text), cause);
    }

    /** Formats a duration as the parser reads it, such as {@code 8h}, {@code 1h30m} or {@code 0s}. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(minutes).append('m');
        }
        if (rest > 0) {
            text.append(rest).append('s');
        }
        return text.toString();
    }

    /**
     * Parses SLA targets written as {@code P1=1h/4h,P2=2h/8h,P3=4h/24h,P4=8h/40h}: respond and resolve
     * targets per priority, in working time.
     *
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    public static Map<Priority, SlaTarget> slaTargets(String text) {
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        for (String part : splitList(text, "SLA targets")) {
            String[] keyValue = part.split("=");
            String[] times = keyValue.length == 2 ? keyValue[1].split("/") : new String[0];
            if (times.length != 2) {
                throw new IllegalArgumentException(String.format(
                        "Invalid SLA target (%s). Write each as PRIORITY=RESPOND/RESOLVE, such as P1=1h/4h.", part));
            }
            targets.put(Priority.parse(keyValue[0]), new SlaTarget(duration(times[0]), duration(times[1])));
        }
        return targets;
    }

    /** Formats SLA targets as {@link #slaTargets(String)} reads them. */
    public static String format(Map<Priority, SlaTarget> targets) {
        List<String> parts = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            SlaTarget target = targets.get(priority);
            parts.add("P" + priority.level() + "=" + format(target.respondWithin()) + "/" + format(target.resolveWithin()));
        }
        return String.join(",", parts);
    }

    /**
     * Parses weekly hours written as {@code MON-FRI 08:00-18:00}, with several groups separated by
     * {@code ;} (such as {@code MON-FRI 08:00-18:00;SAT 09:00-13:00}) and days as a range or a comma list.
     *
     * @throws IllegalArgumentException naming the group that cannot be read
     */
    public static List<WeeklyWindow> businessHours(String text) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (String group : (text == null ? "" : text).split(";")) {
            Matcher matcher = HOURS.matcher(group.strip());
            if (!matcher.matches()) {
                throw invalidHours(group, null);
            }
            try {
                LocalTime start = LocalTime.parse(pad(matcher.group(2)));
                LocalTime end = LocalTime.parse(pad(matcher.group(3)));
                for (DayOfWeek day : days(matcher.group(1))) {
                    windows.add(new WeeklyWindow(day, start, end));
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw invalidHours(group, e);
            }
        }
        return windows;
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static List<DayOfWeek> days(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] range = part.split("-");
            DayOfWeek first = day(range[0]);
            DayOfWeek last = range.length == 2 ? day(range[1]) : first;
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name.length() >= 3 && day.name().startsWith(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException("Unknown day (" + text + "). Use MON to SUN.");
    }

    private static IllegalArgumentException invalidHours(String group, Throwable cause) {
        return new IllegalArgumentException(String.format(
                "Invalid weekly hours (%s). Write them as DAYS HH:MM-HH:MM, such as MON-FRI 08:00-18:00;"
                        + " separate groups with a semicolon.", group.strip()), cause);
    }

    /**
     * Formats weekly hours as {@link #businessHours(String)} reads them, joining consecutive days with the
     * same hours into a range, such as {@code MON-FRI 08:00-18:00}.
     */
    public static String format(List<WeeklyWindow> windows) {
        List<WeeklyWindow> sorted = new ArrayList<>(windows);
        sorted.sort(java.util.Comparator.comparing(WeeklyWindow::day).thenComparing(WeeklyWindow::start));
        List<String> groups = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            boolean continues = i < sorted.size() && sameHours(sorted.get(i), sorted.get(i - 1))
                    && sorted.get(i).day() == sorted.get(i - 1).day().plus(1);
            if (!continues) {
                groups.add(group(sorted.get(first), sorted.get(i - 1)));
                first = i;
            }
        }
        return String.join(";", groups);
    }

    private static boolean sameHours(WeeklyWindow a, WeeklyWindow b) {
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    private static String group(WeeklyWindow first, WeeklyWindow last) {
        String days = first.day() == last.day() ? abbreviation(first.day())
                : abbreviation(first.day()) + "-" + abbreviation(last.day());
        return days + " " + first.start() + "-" + first.end();
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    /**
     * Parses four tier weights written as {@code 4,3,2,1}.
     *
     * @throws IllegalArgumentException naming the value that is not a number
     */
    public static List<Double> tierWeights(String text) {
        List<Double> weights = new ArrayList<>();
        for (String part : splitList(text, "Tier weights")) {
            try {
                weights.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(String.format(
                        "Invalid tier weight (%s). Give four numbers, such as 4,3,2,1.", part), e);
            }
        }
        return weights;
    }

    private static List<String> splitList(String text, String what) {
        List<String> parts = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(what + " are empty. Give a comma-separated list.");
        }
        return parts;
    }
}
