package com.techroute.replay.log;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Parses the local date-times that logs write without an offset, and places them in the log's time
 * zone. Parsing is strict: {@code 30/2/2016} is invalid, not 29 February. A local time that falls
 * in a daylight-saving gap moves forward by the gap's length, and one that occurs twice in an
 * overlap takes the earlier offset, as {@link ZonedDateTime#of} does.
 */
final class LocalTimestampParser {

    private final String pattern;
    private final DateTimeFormatter formatter;
    private final ZoneId zone;

    /**
     * Creates a parser.
     *
     * @param pattern a {@link DateTimeFormatter} pattern; {@code yyyy} and {@code uuuu} both work
     * @throws IllegalArgumentException when the pattern is invalid
     */
    LocalTimestampParser(String pattern, ZoneId zone) {
        this.pattern = pattern;
        this.zone = zone;
        // Defaulting the era lets strict resolution accept "yyyy" (year of era) as well as "uuuu".
        this.formatter = new DateTimeFormatterBuilder()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    ZoneId zone() {
        return zone;
    }

    /**
     * Parses the value of a column.
     *
     * @throws RowProblemException when the value does not match the pattern or is not a valid date
     */
    Instant parse(String value, String column) {
        try {
            return ZonedDateTime.of(LocalDateTime.parse(value, formatter), zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowProblemException("Column (" + column + ") value (" + value
                    + ") is not a valid date-time of pattern (" + pattern + ").");
        }
    }

    /** Parses the row's value at the index, or returns {@code null} when the value is missing. */
    Instant parseOptional(CsvRow row, int index) {
        String value = row.optional(index);
        return value == null ? null : parse(value, row.columnName(index));
    }

    /**
     * Parses the row's value at the index.
     *
     * @throws RowProblemException when the value is missing or invalid
     */
    Instant parseRequired(CsvRow row, int index) {
        return parse(row.required(index), row.columnName(index));
    }
}
