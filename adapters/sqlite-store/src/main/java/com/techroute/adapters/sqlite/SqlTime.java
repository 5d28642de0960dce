package com.techroute.adapters.sqlite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants in query columns: fixed-width UTC text with nanoseconds, such as
 * {@code 2024-03-04T10:05:00.000000000Z}, so that text order is time order and no precision is lost.
 */
final class SqlTime {

    static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SqlTime() {
    }

    /**
     * Formats an instant of a record for a query column; {@code field} names it in the error message.
     *
     * @throws IllegalArgumentException when the instant lies outside years 0000 to 9999
     */
    static String format(Instant instant, String field) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException(String.format(
                    "Invalid %s (%s): the store keeps times from year 0000 to 9999. Give a time in that range.",
                    field, instant));
        }
        return FORMAT.format(instant);
    }

    /** Formats a query bound, moving an instant outside years 0000 to 9999 to the nearer end of that range. */
    static String bound(Instant instant) {
        if (instant.isBefore(EARLIEST)) {
            return FORMAT.format(EARLIEST);
        }
        if (instant.isAfter(LATEST)) {
            return FORMAT.format(LATEST);
        }
        return FORMAT.format(instant);
    }
}
