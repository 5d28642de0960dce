package com.techroute.replay.log;

import java.time.Instant;
import java.util.Map;

/** Converts one row as a {@link ColumnMapping} describes, by column position. */
final class MappedRowConverter implements RowConverter {

    private final int ticketId;
    private final int openedAt;
    private final int customer;
    private final int board;
    private final int type;
    private final int subtype;
    private final int priority;
    private final int assignee;
    private final int group;
    private final int assignedAt;
    private final int resolvedAt;
    private final int reassignmentCount;
    private final int event;
    private final ColumnMapping.Events events;
    private final Map<String, Integer> priorityValues;
    private final TicketPriority defaultPriority;
    private final LocalTimestampParser timestamps;

    MappedRowConverter(ColumnMapping mapping, HeaderIndex header, LocalTimestampParser timestamps) {
        ColumnMapping.Columns columns = mapping.columns();
        this.ticketId = header.indexOf(columns.ticketId());
        this.openedAt = header.indexOf(columns.openedAt());
        this.customer = header.indexOf(columns.customer());
        this.board = header.indexOf(columns.categoryBoard());
        this.type = header.indexOf(columns.categoryType());
        this.subtype = header.indexOf(columns.categorySubtype());
        this.priority = header.indexOf(columns.priority());
        this.assignee = header.indexOf(columns.assignee());
        this.group = header.indexOf(columns.group());
        this.assignedAt = header.indexOf(columns.assignedAt());
        this.resolvedAt = header.indexOf(columns.resolvedAt());
        this.reassignmentCount = header.indexOf(columns.reassignmentCount());
        this.events = mapping.events();
        this.event = events == null ? CsvRow.ABSENT : header.indexOf(events.column());
        this.priorityValues = mapping.priorityValues();
        this.defaultPriority = mapping.defaultPriority() == null
                ? null : new TicketPriority(mapping.defaultPriority(), null);
        this.timestamps = timestamps;
    }

    @Override
    public LogRow convert(CsvRow row) {
        String id = row.required(ticketId);
        Instant opened = timestamps.parseRequired(row, openedAt);
        TicketPriority level = priority(row);
        Integer reassignments = reassignmentCount == CsvRow.ABSENT ? null : CountParser.parse(row, reassignmentCount);
        TicketCategory category = new TicketCategory(row.optional(board), row.optional(type), row.optional(subtype));

        String eventValue = row.optional(event);
        boolean assigns = events == null || events.assign() == null || events.assign().equals(eventValue);
        boolean resolves = events == null || events.resolve() == null || events.resolve().equals(eventValue);
        String person = assigns ? row.optional(assignee) : null;
        Instant personAt = person != null ? timestamps.parseOptional(row, assignedAt) : null;
        Instant resolved = resolves ? timestamps.parseOptional(row, resolvedAt) : null;
        return new LogRow(id, row.lineNumber(), opened, row.optional(customer), category, level, person,
                row.optional(group), personAt, resolved, reassignments);
    }

    private TicketPriority priority(CsvRow row) {
        if (priority == CsvRow.ABSENT) {
            return defaultPriority;
        }
        String raw = row.required(priority);
        Integer level = priorityValues.get(raw);
        if (level == null) {
            throw new RowProblemException("Column (" + row.columnName(priority) + ") value (" + raw
                    + ") is not a key of the mapping's priorityValues " + priorityValues.keySet() + ".");
        }
        return new TicketPriority(level, raw);
    }
}
