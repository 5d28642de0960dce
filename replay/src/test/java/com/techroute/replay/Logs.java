package com.techroute.replay;

import com.techroute.replay.log.HistoricalTicket;
import com.techroute.replay.log.TicketCategory;
import com.techroute.replay.log.TicketPriority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds historical tickets for tests, one line each. */
public final class Logs {

    private static long line = 2;

    private Logs() {
    }

    /**
     * Returns a P3 ticket without a customer.
     *
     * @param board category board, or null for none
     * @param assignees people who took it, first one first; none for a ticket nobody took
     * @param assignedAt when the first assignee took it, or null
     * @param resolvedAt when it was resolved, or null
     */
    public static HistoricalTicket ticket(String id, String openedAt, String board, String assignedAt,
            String resolvedAt, String... assignees) {
        List<String> people = List.of(assignees);
        return new HistoricalTicket(id, Instant.parse(openedAt), null, new TicketCategory(board, null, null),
                new TicketPriority(3, "3"), people.isEmpty() ? null : people.get(0), null,
                assignedAt == null ? null : Instant.parse(assignedAt),
                resolvedAt == null ? null : Instant.parse(resolvedAt), people, Math.max(0, people.size() - 1),
                line++);
    }

    /** Returns the tickets sorted by opened-at, as importers return them. */
    public static List<HistoricalTicket> inOrder(HistoricalTicket... tickets) {
        List<HistoricalTicket> sorted = new ArrayList<>(List.of(tickets));
        sorted.sort((a, b) -> a.openedAt().compareTo(b.openedAt()));
        return sorted;
    }
}
