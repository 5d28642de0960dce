package com.techroute.replay.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and time formats of the report, fixed to one locale so reports compare across machines. */
final class ReportFormat {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ReportFormat() {
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String hours(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    static String countAndRate(long count, double share) {
        return count(count) + " (" + percent(share) + ")";
    }

    static String time(Instant instant, ZoneId zone) {
        return LOCAL_TIME.format(instant.atZone(zone)) + " " + zone.getId();
    }
}
