package com.techroute.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.adapters.teams.RebalanceSummary.MovedTicket;
import java.util.List;

/**
 * Builds the Teams message that summarises one tenant's rebalance: how many tickets moved, how many
 * planned moves were skipped, the score change, and one line per moved ticket.
 *
 * <p>When the message is over the size limit, the card lists fewer tickets (halving the count each
 * step) and states how many it left out. It fails with {@link CardTooLargeException} when even the card
 * without ticket lines is too large.
 */
public final class RebalanceSummaryCard {

    /** Most moved tickets listed one per line. */
    public static final int MAX_LINES = 40;

    private final int maxBytes;

    /** Builds cards within {@link TeamsMessages#MAX_MESSAGE_BYTES}. */
    public RebalanceSummaryCard() {
        this(TeamsMessages.MAX_MESSAGE_BYTES);
    }

    RebalanceSummaryCard(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Builds the message envelope with the summary card, trimmed to the size limit.
     *
     * @throws CardTooLargeException when the card without ticket lines is still over the limit
     */
    public ObjectNode message(RebalanceSummary summary) {
        int lines = Math.min(MAX_LINES, summary.moved().size());
        while (true) {
            ObjectNode message = TeamsMessages.envelope(card(summary, lines));
            int size = TeamsMessages.byteSize(message);
            if (size <= maxBytes) {
                return message;
            }
            if (lines == 0) {
                throw new CardTooLargeException("Rebalance summary of tenant (" + summary.tenant() + ")", size,
                        maxBytes);
            }
            lines /= 2;
        }
    }

    static ObjectNode card(RebalanceSummary summary, int lines) {
        List<MovedTicket> moved = summary.moved();
        ObjectNode card = CardElements.card();
        CardElements.heading(card, "Rebalance moved " + moved.size() + (moved.size() == 1 ? " ticket" : " tickets"));
        CardElements.labelled(card, "Ran at", CardElements.time(summary.ranAt()));
        CardElements.labelled(card, "Score change", CardElements.signed(summary.scoreChange()));
        CardElements.labelled(card, "Skipped", summary.skipped()
                + (summary.skipped() == 1 ? " move" : " moves") + " (ticket changed while planning)");
        for (MovedTicket ticket : moved.subList(0, lines)) {
            CardElements.line(card, "\u2022 " + ticket.ticket() + ": "
                    + CardElements.clip(ticket.fromName(), AssignmentCard.NAME_CHARS) + " \u2192 "
                    + CardElements.clip(ticket.toName(), AssignmentCard.NAME_CHARS)
                    + " (" + CardElements.signed(ticket.scoreChange()) + ")");
        }
        if (lines < moved.size()) {
            CardElements.subtle(card, "\u2026 and " + (moved.size() - lines) + " more");
        }
        return card;
    }
}
