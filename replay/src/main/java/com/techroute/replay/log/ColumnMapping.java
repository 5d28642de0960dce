package com.techroute.replay.log;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Description of a CSV log that has no importer of its own, for {@link MappedCsvImporter}: which
 * column fills each ticket field, how dates and priorities are written, and whether a ticket spans
 * several rows. It is read from a JSON file, and {@code docs/replay-formats.md} describes every field.
 *
 * @param description     free text about the log, or {@code null}
 * @param delimiter       the column separator, one character; {@code ","} when absent
 * @param timeZone        time zone of the log's local times; {@code UTC} when absent
 * @param dateTimePattern {@link DateTimeFormatter} pattern of every date column
 * @param missingValues   values that mean "no value", besides the empty string; none when absent
 * @param rowsPerTicket   one row per ticket, or several grouped by ticket id; several when absent
 * @param columns         header names of the columns
 * @param priorityValues  level 1..4 of each raw priority value; required with a priority column
 * @param defaultPriority level of every ticket when there is no priority column, else {@code null}
 * @param events          which rows assign and resolve, for event logs, or {@code null}
 */
public record ColumnMapping(
        String description,
        String delimiter,
        String timeZone,
        String dateTimePattern,
        List<String> missingValues,
        RowsPerTicket rowsPerTicket,
        Columns columns,
        Map<String, Integer> priorityValues,
        Integer defaultPriority,
        Events events) {

    /** Whether a ticket is one row or several rows with the same ticket id. */
    public enum RowsPerTicket {
        /** One row per ticket; a repeated ticket id is an unreadable row. */
        ONE,
        /** Several rows per ticket, grouped by ticket id. */
        MANY
    }

    /**
     * Header names of the columns that fill each ticket field; {@code null} for a field the log
     * lacks. A name that occurs twice in the header means its first occurrence.
     *
     * @param ticketId          ticket id; required
     * @param openedAt          opened-at; required; a ticket's earliest value wins
     * @param customer          customer
     * @param categoryBoard     category board (top level)
     * @param categoryType      category type
     * @param categorySubtype   category subtype
     * @param priority          priority; each value must be a key of {@code priorityValues}
     * @param assignee          person who took the ticket
     * @param group             team of the assignee
     * @param assignedAt        when the assignee took the ticket
     * @param resolvedAt        when the ticket was resolved
     * @param reassignmentCount reassignments counted by the log; when absent, changes of assignee
     *                          between rows are counted
     */
    public record Columns(String ticketId, String openedAt, String customer, String categoryBoard,
            String categoryType, String categorySubtype, String priority, String assignee, String group,
            String assignedAt, String resolvedAt, String reassignmentCount) {

        /** Checks the required columns. */
        public Columns {
            MappingRules.requireText(ticketId, "columns.ticketId", "the header name of the ticket id column");
            MappingRules.requireText(openedAt, "columns.openedAt", "the header name of the opened-at column");
        }

        /** Returns every header name this mapping reads, without nulls. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            for (String name : new String[] {ticketId, openedAt, customer, categoryBoard, categoryType,
                    categorySubtype, priority, assignee, group, assignedAt, resolvedAt, reassignmentCount}) {
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    /**
     * Event-log reading: a column names what each row records, and only some events assign or
     * resolve. Without it, every row's assignee and resolved-at count.
     *
     * @param column  header name of the event column; required
     * @param assign  event value whose rows give the assignee and assigned-at, or {@code null}
     *                when every row's assignee counts
     * @param resolve event value whose rows give resolved-at, or {@code null} when every row's
     *                resolved-at counts
     */
    public record Events(String column, String assign, String resolve) {

        /** Checks that the column and at least one event value are set. */
        public Events {
            MappingRules.requireText(column, "events.column", "the header name of the event column");
            if (assign == null && resolve == null) {
                throw new IllegalArgumentException("Field (events) sets neither (assign) nor (resolve). "
                        + "Set the event value of the rows that assign or resolve, or remove (events).");
            }
        }
    }

    /** Validates every field and fills defaults. */
    public ColumnMapping {
        delimiter = delimiter == null ? "," : delimiter;
        timeZone = timeZone == null ? "UTC" : timeZone;
        missingValues = missingValues == null ? List.of() : List.copyOf(missingValues);
        rowsPerTicket = rowsPerTicket == null ? RowsPerTicket.MANY : rowsPerTicket;
        priorityValues = priorityValues == null ? Map.of() : Map.copyOf(priorityValues);
        MappingRules.checkDelimiter(delimiter);
        MappingRules.checkTimeZone(timeZone);
        MappingRules.checkDateTimePattern(dateTimePattern);
        if (columns == null) {
            throw new IllegalArgumentException("Field (columns) is missing. Name at least the ticketId and "
                    + "openedAt columns.");
        }
        MappingRules.checkPriority(columns.priority(), priorityValues, defaultPriority);
        if (events != null && rowsPerTicket == RowsPerTicket.ONE) {
            throw new IllegalArgumentException("Field (events) needs several rows per ticket, but rowsPerTicket "
                    + "is (one). Set rowsPerTicket to (many) or remove (events).");
        }
    }

    /**
     * Reads a mapping from a JSON file.
     *
     * @throws LogReadException naming the file and the invalid field when it cannot be read or is invalid
     */
    public static ColumnMapping load(Path file) {
        return ColumnMappingReader.read(file);
    }

    /** Returns the delimiter as a character. */
    public char delimiterChar() {
        return delimiter.charAt(0);
    }

    /** Returns the time zone, which the constructor has checked. */
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Returns every header name this mapping reads, including the event column. */
    public List<String> requiredHeaderNames() {
        List<String> names = new ArrayList<>(columns.names());
        if (events != null && !names.contains(events.column())) {
            names.add(events.column());
        }
        return names;
    }
}
