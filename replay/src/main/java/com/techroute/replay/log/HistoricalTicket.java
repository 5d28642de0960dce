package com.techroute.replay.log;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One ticket of a historical log, in the same shape whatever log it came from. Identifiers are the
 * log's own anonymised tokens (for example {@code "Case 12"} or {@code "Resolver 89"}); a replay
 * turns them into the engine's typed ids.
 *
 * @param ticketId          the log's ticket id; never blank
 * @param openedAt          when the ticket was opened
 * @param customer          the customer company or site, or {@code null} when the log has none
 * @param category          category levels; {@link TicketCategory#NONE} when the log has none
 * @param priority          priority when the ticket was opened
 * @param firstAssignee     the first person who took the ticket, or {@code null} when nobody did
 * @param group             the team of the first assignee, or the first team the log shows when
 *                          nobody took the ticket; {@code null} when the log shows none
 * @param assignedAt        when the first assignee took the ticket; {@code null} when nobody did
 *                          or the log does not record it
 * @param resolvedAt        when the ticket was last resolved, or {@code null} when it never was
 * @param assignees         distinct people who took the ticket, in the order they first appear;
 *                          empty when nobody did
 * @param reassignmentCount how many times the ticket moved to another assignee; 0 or more
 * @param sourceLine        physical line number of the ticket's first readable row in the file
 */
public record HistoricalTicket(
        String ticketId,
        Instant openedAt,
        String customer,
        TicketCategory category,
        TicketPriority priority,
        String firstAssignee,
        String group,
        Instant assignedAt,
        Instant resolvedAt,
        List<String> assignees,
        int reassignmentCount,
        long sourceLine) {

    /**
     * Validates required fields and the agreement between the assignee fields, and copies the
     * assignee list.
     *
     * @throws IllegalArgumentException when a required field is missing or the assignee fields
     *                                  disagree
     */
    public HistoricalTicket {
        if (ticketId == null || ticketId.isBlank()) {
            throw new IllegalArgumentException("Ticket id is blank (source line " + sourceLine + "). "
                    + "Pass the log's ticket id.");
        }
        requireField(openedAt, "openedAt", ticketId);
        requireField(category, "category", ticketId);
        requireField(priority, "priority", ticketId);
        requireField(assignees, "assignees", ticketId);
        assignees = List.copyOf(assignees);
        checkAssignees(ticketId, firstAssignee, assignedAt, assignees);
        if (reassignmentCount < 0) {
            throw new IllegalArgumentException("Ticket (" + ticketId + ") has a negative reassignment count ("
                    + reassignmentCount + "). Pass 0 or more.");
        }
        if (sourceLine < 1) {
            throw new IllegalArgumentException("Ticket (" + ticketId + ") has source line (" + sourceLine
                    + ") below 1. Pass the physical line number, counting the header as line 1.");
        }
    }

    private static void requireField(Object value, String field, String ticketId) {
        if (value == null) {
            throw new IllegalArgumentException("Ticket (" + ticketId + ") has no " + field + ". Pass a value.");
        }
    }

    private static void checkAssignees(String ticketId, String firstAssignee, Instant assignedAt,
            List<String> assignees) {
        if (firstAssignee == null) {
            if (assignedAt != null || !assignees.isEmpty()) {
                throw new IllegalArgumentException("Ticket (" + ticketId + ") has no first assignee but has "
                        + "assigned-at (" + assignedAt + ") or assignees " + assignees
                        + ". Pass the first assignee or leave all three empty.");
            }
            return;
        }
        if (assignees.isEmpty() || !Objects.equals(assignees.get(0), firstAssignee)) {
            throw new IllegalArgumentException("Ticket (" + ticketId + ") has first assignee (" + firstAssignee
                    + ") but its assignee list starts with " + assignees
                    + ". Start the list with the first assignee.");
        }
    }
}
