package com.techroute.replay.log;

import java.time.Instant;

/** Converts one update row of the UCI incident event log, by column position. */
final class UpdateRowConverter implements RowConverter {

    private final int number;
    private final int openedAt;
    private final int updatedAt;
    private final int customer;
    private final int category;
    private final int subcategory;
    private final int symptom;
    private final int priority;
    private final int group;
    private final int assignedTo;
    private final int resolvedAt;
    private final int reassignmentCount;
    private final LocalTimestampParser timestamps;

    UpdateRowConverter(HeaderIndex header, String customerColumn, LocalTimestampParser timestamps) {
        this.number = header.indexOf(UciIncidentLogImporter.NUMBER);
        this.openedAt = header.indexOf(UciIncidentLogImporter.OPENED_AT);
        this.updatedAt = header.indexOf(UciIncidentLogImporter.UPDATED_AT);
        this.customer = header.indexOf(customerColumn);
        this.category = header.indexOf(UciIncidentLogImporter.CATEGORY);
        this.subcategory = header.indexOf(UciIncidentLogImporter.SUBCATEGORY);
        this.symptom = header.indexOf(UciIncidentLogImporter.SYMPTOM);
        this.priority = header.indexOf(UciIncidentLogImporter.PRIORITY);
        this.group = header.indexOf(UciIncidentLogImporter.GROUP);
        this.assignedTo = header.indexOf(UciIncidentLogImporter.ASSIGNED_TO);
        this.resolvedAt = header.indexOf(UciIncidentLogImporter.RESOLVED_AT);
        this.reassignmentCount = header.indexOf(UciIncidentLogImporter.REASSIGNMENT_COUNT);
        this.timestamps = timestamps;
    }

    @Override
    public LogRow convert(CsvRow row) {
        String ticketId = row.required(number);
        Instant opened = timestamps.parseRequired(row, openedAt);
        Instant updated = timestamps.parseRequired(row, updatedAt);
        Instant resolved = timestamps.parseOptional(row, resolvedAt);
        TicketPriority level = UciIncidentLogImporter.priority(row.required(priority));
        int reassignments = CountParser.parse(row, reassignmentCount);
        TicketCategory categoryLevels = new TicketCategory(row.optional(category), row.optional(subcategory),
                row.optional(symptom));

        String assignee = row.optional(assignedTo);
        Instant assignedAt = assignee != null ? updated : null;
        return new LogRow(ticketId, row.lineNumber(), opened, row.optional(customer), categoryLevels, level,
                assignee, row.optional(group), assignedAt, resolved, reassignments);
    }
}
