package com.techroute.local.csv;

import com.techroute.engine.domain.TimeOff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a spreadsheet cell of time off. Periods are separated by {@code ;}, {@code ,} or line breaks.
 * A period is either two dates, {@code 2026-12-24/2026-12-27}, in the technician's zone with both dates
 * included, or two ISO-8601 instants, {@code 2026-03-10T08:00:00Z/2026-03-10T12:00:00Z}, from the first
 * up to the second. A single date is one whole day.
 */
public final class TimeOffParser {

    static final String FORM = "Write time off as FIRST-DATE/LAST-DATE, such as 2026-12-24/2026-12-27,"
            + " or as two ISO instants, such as 2026-03-10T08:00:00Z/2026-03-10T12:00:00Z";

    private TimeOffParser() {
    }

    /**
     * Parses a cell.
     *
     * @param zone the technician's zone, which dates are local to
     * @throws IllegalArgumentException naming the period that does not parse and the expected form
     */
    public static List<TimeOff> parse(String cell, ZoneId zone) {
        List<TimeOff> periods = new ArrayList<>();
        for (String period : cell.split("[;,\\r\\n]+")) {
            if (!period.isBlank()) {
                periods.add(parsePeriod(period.strip(), zone));
            }
        }
        return periods;
    }

    private static TimeOff parsePeriod(String period, ZoneId zone) {
        String[] ends = period.split("/", -1);
        if (ends.length > 2) {
            throw new IllegalArgumentException(String.format("Invalid time off (%s). %s.", period, FORM));
        }
        String first = ends[0].strip();
        String last = ends.length == 2 ? ends[1].strip() : first;
        if (first.contains("T") || last.contains("T")) {
            return instants(period, first, last);
        }
        return dates(period, first, last, zone);
    }

    private static TimeOff instants(String period, String first, String last) {
        try {
            Instant start = Instant.parse(first);
            Instant end = Instant.parse(last);
            return checked(period, start, end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(String.format(
                    "Invalid time off (%s): (%s) is not an ISO instant. %s.", period, e.getParsedString(), FORM), e);
        }
    }

    private static TimeOff dates(String period, String first, String last, ZoneId zone) {
        try {
            LocalDate from = LocalDate.parse(first);
            LocalDate to = LocalDate.parse(last);
            return checked(period, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(String.format(
                    "Invalid time off (%s): (%s) is not a date. %s.", period, e.getParsedString(), FORM), e);
        }
    }

    private static TimeOff checked(String period, Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(String.format(
                    "Invalid time off (%s): it ends before it starts. Put the earlier time first.", period));
        }
        return new TimeOff(start, end, null);
    }
}
