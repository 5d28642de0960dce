package com.techroute.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.decision.Shortfall;
import com.techroute.engine.domain.Ticket;
import java.util.List;
import java.util.StringJoiner;

/**
 * Builds the Teams message that alerts the dispatcher to a ticket that no technician could take: the ticket, its
 * SLA respond-by time, the exclusion counts, and the closest technicians with what each lacks.
 *
 * <p>When the message is over the size limit, the card lists fewer candidates, and fails with
 * {@link CardTooLargeException} when the card without candidates is still too large.
 */
public final class UnassignedCard {

    static final int DETAIL_CHARS = 300;

    private final int maxBytes;

    /** Builds cards within {@link TeamsMessages#MAX_MESSAGE_BYTES}. */
    public UnassignedCard() {
        this(TeamsMessages.MAX_MESSAGE_BYTES);
    }

    UnassignedCard(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Builds the message envelope with the card, trimmed to the size limit.
     *
     * @throws CardTooLargeException when the card without candidates is still over the limit
     */
    public ObjectNode message(UnassignedNotice notice) {
        int size = 0;
        for (int candidates = notice.decision().closestCandidates().size(); candidates >= 0; candidates--) {
            ObjectNode message = TeamsMessages.envelope(card(notice, candidates));
            size = TeamsMessages.byteSize(message);
            if (size <= maxBytes) {
                return message;
            }
        }
        throw new CardTooLargeException("Unassigned card for ticket (" + notice.ticket().id() + ")", size, maxBytes);
    }

    static ObjectNode card(UnassignedNotice notice, int candidates) {
        Ticket ticket = notice.ticket();
        Decision decision = notice.decision();
        ObjectNode card = CardElements.card();
        CardElements.heading(card, "Ticket " + ticket.id() + " has no eligible technician");
        if (!ticket.summary().isEmpty()) {
            CardElements.subtle(card, CardElements.clip(ticket.summary(), AssignmentCard.SUMMARY_CHARS));
        }
        CardElements.labelled(card, "Client", CardElements.clip(notice.clientName(), AssignmentCard.NAME_CHARS));
        CardElements.labelled(card, "Priority", "P" + ticket.priority().level());
        CardElements.labelled(card, "Respond by", CardElements.time(decision.deadlines().respondBy()));
        CardElements.labelled(card, "Excluded", decision.considered() + " technicians considered, none eligible");
        List<Shortfall> closest = decision.closestCandidates();
        for (Shortfall shortfall : closest.subList(0, Math.min(candidates, closest.size()))) {
            CardElements.line(card, "\u2022 " + CardElements.clip(notice.nameOf(shortfall.technician()),
                    AssignmentCard.NAME_CHARS) + ": " + CardElements.clip(failures(shortfall), DETAIL_CHARS));
        }
        return card;
    }

    private static String failures(Shortfall shortfall) {
        StringJoiner text = new StringJoiner("; ");
        for (Exclusion failure : shortfall.failures()) {
            String detail = failure.detail().isEmpty() ? "" : " (" + failure.detail() + ")";
            text.add(CardElements.words(failure.reason()) + detail);
        }
        return text.toString();
    }
}
