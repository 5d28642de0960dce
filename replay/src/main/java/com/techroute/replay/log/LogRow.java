package com.techroute.replay.log;

import java.time.Instant;

/**
 * Ticket fields that one readable log row records, before rows are folded into a
 * {@link HistoricalTicket}. A field is {@code null} when this row does not record it.
 *
 * @param ticketId          the log's ticket id; never blank
 * @param lineNumber        physical line number where the row starts
 * @param openedAt          when the ticket was opened, as this row tells it; never null
 * @param customer          customer on this row
 * @param category          category on this row
 * @param priority          priority on this row; never null
 * @param assignee          person this row shows working the ticket
 * @param group             team this row shows
 * @param assignedAt        when {@code assignee} took the ticket, as this row tells it
 * @param resolvedAt        resolution time this row shows
 * @param reassignmentCount reassignments the log counted up to this row, when the log counts them
 */
record LogRow(
        String ticketId,
        long lineNumber,
        Instant openedAt,
        String customer,
        TicketCategory category,
        TicketPriority priority,
        String assignee,
        String group,
        Instant assignedAt,
        Instant resolvedAt,
        Integer reassignmentCount) {

    LogRow {
        if (ticketId == null || ticketId.isBlank()) {
            throw new IllegalArgumentException("Row on line (" + lineNumber + ") has no ticket id.");
        }
        if (openedAt == null) {
            throw new IllegalArgumentException("Row on line (" + lineNumber + ") of ticket (" + ticketId
                    + ") has no opened-at.");
        }
        if (priority == null) {
            throw new IllegalArgumentException("Row on line (" + lineNumber + ") of ticket (" + ticketId
                    + ") has no priority.");
        }
    }
}
