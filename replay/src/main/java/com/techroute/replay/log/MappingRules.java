package com.techroute.replay.log;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/** Checks of single {@link ColumnMapping} fields, each failing with the field name and the fix. */
final class MappingRules {

    private MappingRules() {
    }

    static void requireText(String value, String field, String expectedValue) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Field (" + field + ") is missing. Set it to " + expectedValue + ".");
        }
    }

    static void checkDelimiter(String delimiter) {
        if (delimiter.length() != 1 || delimiter.equals("\"") || delimiter.equals("\n")
                || delimiter.equals("\r")) {
            throw new IllegalArgumentException("Field (delimiter) value (" + delimiter + ") is not one character "
                    + "other than a quote or line break. Use for example \",\", \";\" or \"\\t\".");
        }
    }

    static void checkTimeZone(String timeZone) {
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Field (timeZone) value (" + timeZone + ") is not a time zone id. "
                    + "Use a region id such as \"Europe/Rome\" or an offset such as \"UTC\".", e);
        }
    }

    static void checkDateTimePattern(String pattern) {
        requireText(pattern, "dateTimePattern", "the pattern of the date columns, such as \"d/M/uuuu HH:mm\"");
        try {
            new LocalTimestampParser(pattern, ZoneId.of("UTC"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Field (dateTimePattern) value (" + pattern + ") is not a valid "
                    + "java.time pattern: " + e.getMessage() + ". Use letters such as uuuu, MM, dd, HH, mm, ss.", e);
        }
    }

    static void checkPriority(String priorityColumn, Map<String, Integer> priorityValues,
            Integer defaultPriority) {
        if (priorityColumn == null) {
            if (defaultPriority == null || !isLevel(defaultPriority)) {
                throw new IllegalArgumentException("Field (defaultPriority) value (" + defaultPriority
                        + ") is not a level from 1 to 4, and there is no priority column. "
                        + "Set columns.priority, or defaultPriority to a level from 1 to 4.");
            }
            return;
        }
        if (priorityValues.isEmpty()) {
            throw new IllegalArgumentException("Field (priorityValues) is missing or empty, but column ("
                    + priorityColumn + ") holds the priority. Map each of its values to a level from 1 to 4.");
        }
        for (Map.Entry<String, Integer> entry : priorityValues.entrySet()) {
            if (entry.getValue() == null || !isLevel(entry.getValue())) {
                throw new IllegalArgumentException("Field (priorityValues) maps (" + entry.getKey() + ") to ("
                        + entry.getValue() + "), which is not a level from 1 to 4. Use 1 for the most urgent.");
            }
        }
        if (defaultPriority != null) {
            throw new IllegalArgumentException("Field (defaultPriority) is set, but column (" + priorityColumn
                    + ") holds the priority. Remove one of them.");
        }
    }

    private static boolean isLevel(int level) {
        return level >= TicketPriority.HIGHEST && level <= TicketPriority.LOWEST;
    }
}
