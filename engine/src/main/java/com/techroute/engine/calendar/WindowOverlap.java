package com.techroute.engine.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks that a week's windows do not overlap, including windows that wrap from Sunday into Monday. */
final class WindowOverlap {

    private static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    private WindowOverlap() {
    }

    static void requireNoOverlap(String calendar, List<WeeklyWindow> windows) {
        List<WeeklyWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingInt(WeeklyWindow::startMinuteOfWeek));
        for (int i = 0; i < sorted.size(); i++) {
            WeeklyWindow current = sorted.get(i);
            WeeklyWindow next = sorted.get((i + 1) % sorted.size());
            long currentEnd = current.startMinuteOfWeek() + current.nominalLength().toMinutes();
            long nextStart = next.startMinuteOfWeek();
            if (i + 1 == sorted.size()) {
                nextStart += MINUTES_PER_WEEK;
            }
            if (currentEnd > nextStart) {
                throw new IllegalArgumentException(String.format(
                        "Calendar (%s) has overlapping windows (%s) and (%s). Shorten one or merge them.",
                        calendar, current, next));
            }
        }
    }
}
