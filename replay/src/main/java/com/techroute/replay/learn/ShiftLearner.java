package com.techroute.replay.learn;

import com.techroute.engine.calendar.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a person's weekly shifts from the instants they acted (took or resolved a ticket).
 *
 * <p>Per weekday with at least {@link #MIN_DAY_SHARE} of the person's actions (and at least
 * {@link #MIN_DAY_ACTIONS}), the shift runs from the 10th percentile of that day's local action times,
 * rounded down to the hour, to the 90th percentile, rounded up to the hour; percentiles are nearest-rank.
 * A shift shorter than {@link #MIN_SHIFT} is lengthened to it, but never past midnight. The percentiles
 * drop the odd action at night, so one late ticket does not stretch a shift to midnight. A person with
 * fewer than {@link #MIN_ACTIONS} actions gets no learned shifts.
 */
public final class ShiftLearner {

    /** Minimum number of actions from which shifts are learned. */
    public static final int MIN_ACTIONS = 5;
    /** Smallest share of a person's actions that makes a weekday a working day. */
    public static final double MIN_DAY_SHARE = 0.05;
    /** Minimum number of actions on a weekday that make it a working day. */
    public static final int MIN_DAY_ACTIONS = 2;
    /** Shortest learned shift, in hours. */
    public static final int MIN_SHIFT = 4;
    /** Percentile of a day's action times where the shift starts. */
    public static final double LOW_PERCENTILE = 0.10;
    /** Percentile of a day's action times where the shift ends. */
    public static final double HIGH_PERCENTILE = 0.90;

    private static final int MINUTES_PER_DAY = 24 * 60;

    private ShiftLearner() {
    }

    /**
     * Returns the weekly shifts learned from a person's actions, one window per working weekday, or an
     * empty list when there are too few actions to learn from.
     *
     * @param actions instants the person acted, in any order
     * @param zone zone whose local time the shifts are in
     */
    public static List<WeeklyWindow> learn(List<Instant> actions, ZoneId zone) {
        if (actions.size() < MIN_ACTIONS) {
            return List.of();
        }
        Map<DayOfWeek, List<Integer>> minutesByDay = new EnumMap<>(DayOfWeek.class);
        for (Instant action : actions) {
            ZonedDateTime local = action.atZone(zone);
            minutesByDay.computeIfAbsent(local.getDayOfWeek(), day -> new ArrayList<>())
                    .add(local.getHour() * 60 + local.getMinute());
        }
        List<WeeklyWindow> shifts = new ArrayList<>();
        for (Map.Entry<DayOfWeek, List<Integer>> day : minutesByDay.entrySet()) {
            List<Integer> minutes = day.getValue();
            if (minutes.size() >= MIN_DAY_ACTIONS && minutes.size() >= MIN_DAY_SHARE * actions.size()) {
                shifts.add(window(day.getKey(), minutes));
            }
        }
        return shifts;
    }

    private static WeeklyWindow window(DayOfWeek day, List<Integer> minutes) {
        minutes.sort(null);
        int startHour = Quantiles.nearestRank(minutes, LOW_PERCENTILE) / 60;
        int highMinute = Quantiles.nearestRank(minutes, HIGH_PERCENTILE);
        int endHour = Math.max((highMinute + 59) / 60, startHour + 1);
        endHour = Math.min(Math.max(endHour, startHour + MIN_SHIFT), MINUTES_PER_DAY / 60);
        LocalTime end = endHour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(endHour, 0);
        return new WeeklyWindow(day, LocalTime.of(startHour, 0), end);
    }
}
