package com.techroute.replay.scenario;

import com.techroute.replay.log.HistoricalTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A log cut in two at a share of its time span. The history part, learned from and not scored,
 * contains the tickets opened before {@code splitAt}. The scored part contains the rest.
 *
 * @param history tickets opened before {@code splitAt}, in opening order
 * @param scored tickets opened at or after {@code splitAt}, in opening order
 * @param first opened-at of the log's first ticket
 * @param splitAt first instant of the scored part
 * @param last opened-at of the log's last ticket
 */
public record LogSplit(List<HistoricalTicket> history, List<HistoricalTicket> scored, Instant first, Instant splitAt,
        Instant last) {

    /** Copies the lists. */
    public LogSplit {
        history = List.copyOf(history);
        scored = List.copyOf(scored);
    }

    /**
     * Cuts tickets at {@code first + share * (last - first)}.
     *
     * @param tickets tickets in opening order; not empty
     * @param share history share of the time span, above 0 and below 1
     * @throws IllegalArgumentException when there are no tickets
     */
    public static LogSplit of(List<HistoricalTicket> tickets, double share) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("The log contains no readable ticket, so there is nothing to replay."
                    + " Check the rows listed as unreadable.");
        }
        Instant first = tickets.get(0).openedAt();
        Instant last = tickets.get(tickets.size() - 1).openedAt();
        long spanMillis = Duration.between(first, last).toMillis();
        Instant splitAt = first.plusMillis(Math.round(spanMillis * share));
        List<HistoricalTicket> history = new ArrayList<>();
        List<HistoricalTicket> scored = new ArrayList<>();
        for (HistoricalTicket ticket : tickets) {
            (ticket.openedAt().isBefore(splitAt) ? history : scored).add(ticket);
        }
        return new LogSplit(history, scored, first, splitAt, last);
    }
}
