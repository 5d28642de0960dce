package com.techroute.replay.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Folds the readable rows of one ticket, in file order, into a {@link HistoricalTicket}. Rules:
 * <ul>
 *   <li>opened-at is the earliest opened-at of any row;</li>
 *   <li>customer, category and priority come from the first row;</li>
 *   <li>the first row with an assignee gives the first assignee, assigned-at and, when it shows
 *       one, the group; otherwise the group is the first group any row shows;</li>
 *   <li>resolved-at is the last resolution time any row shows, so a reopened and resolved-again
 *       ticket ends at its final resolution;</li>
 *   <li>when the log counts reassignments, the count is the largest value any row shows; otherwise
 *       it is the number of rows whose assignee differs from the last assignee an earlier row
 *       showed.</li>
 * </ul>
 */
final class TicketAccumulator {

    private final StringPool pool;
    private final String ticketId;
    private final long firstLine;
    private final String customer;
    private final TicketCategory category;
    private final TicketPriority priority;
    private final Set<String> assignees = new LinkedHashSet<>(2);
    private Instant openedAt;
    private String firstAssignee;
    private Instant assignedAt;
    private String group;
    private String lastAssignee;
    private int assigneeChanges;
    private Integer countedReassignments;
    private Instant resolvedAt;

    TicketAccumulator(LogRow first, StringPool pool) {
        this.pool = pool;
        this.ticketId = first.ticketId();
        this.firstLine = first.lineNumber();
        this.customer = pool.share(first.customer());
        this.category = first.category() == null ? TicketCategory.NONE : pool.share(first.category());
        this.priority = first.priority();
        add(first);
    }

    long firstLine() {
        return firstLine;
    }

    void add(LogRow row) {
        if (row.openedAt() != null && (openedAt == null || row.openedAt().isBefore(openedAt))) {
            openedAt = row.openedAt();
        }
        addAssignee(row);
        if (group == null && row.group() != null) {
            group = pool.share(row.group());
        }
        if (row.resolvedAt() != null) {
            resolvedAt = row.resolvedAt();
        }
        if (row.reassignmentCount() != null) {
            countedReassignments = countedReassignments == null
                    ? row.reassignmentCount()
                    : Math.max(countedReassignments, row.reassignmentCount());
        }
    }

    private void addAssignee(LogRow row) {
        String assignee = pool.share(row.assignee());
        if (assignee == null) {
            return;
        }
        if (firstAssignee == null) {
            firstAssignee = assignee;
            assignedAt = row.assignedAt();
            // The team that took the ticket wins over a team an earlier row showed.
            group = row.group() != null ? pool.share(row.group()) : group;
        } else if (!assignee.equals(lastAssignee)) {
            assigneeChanges++;
        }
        lastAssignee = assignee;
        assignees.add(assignee);
    }

    HistoricalTicket toTicket() {
        int reassignments = countedReassignments != null ? countedReassignments : assigneeChanges;
        return new HistoricalTicket(ticketId, openedAt, customer, category, priority, firstAssignee, group,
                assignedAt, resolvedAt, new ArrayList<>(assignees), reassignments, firstLine);
    }
}
