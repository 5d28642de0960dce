package com.techroute.adapters.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.FactorContribution;
import com.techroute.engine.decision.RunnerUp;
import com.techroute.engine.domain.Ticket;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Builds the Teams message for an assignment: an Adaptive Card 1.4 with the ticket, client, priority,
 * chosen technician, expected start, SLA respond-by time, the largest factor contributions as reasons,
 * the runner-up and margin, the exclusion counts, and an {@code Action.OpenUrl} "Override" link.
 *
 * <p>When the message is over the size limit, the card drops reasons one by one, then the runner-up
 * and exclusion lines, and fails with {@link CardTooLargeException} when it is still too large.
 */
public final class AssignmentCard {

    /** Most reasons a card lists. */
    public static final int MAX_REASONS = 3;
    static final int SUMMARY_CHARS = 400;
    static final int NAME_CHARS = 120;

    private final int maxBytes;

    /** Builds cards within {@link TeamsMessages#MAX_MESSAGE_BYTES}. */
    public AssignmentCard() {
        this(TeamsMessages.MAX_MESSAGE_BYTES);
    }

    AssignmentCard(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Builds the message envelope with the card, trimmed to the size limit.
     *
     * @throws CardTooLargeException when even the smallest form is over the limit
     */
    public ObjectNode message(AssignmentNotice notice) {
        int smallest = Integer.MAX_VALUE;
        for (int reasons = MAX_REASONS; reasons >= 0; reasons--) {
            ObjectNode message = TeamsMessages.envelope(card(notice, reasons, true));
            int size = TeamsMessages.byteSize(message);
            if (size <= maxBytes) {
                return message;
            }
            smallest = Math.min(smallest, size);
        }
        ObjectNode bare = TeamsMessages.envelope(card(notice, 0, false));
        int size = TeamsMessages.byteSize(bare);
        if (size <= maxBytes) {
            return bare;
        }
        throw new CardTooLargeException("Assignment card for ticket (" + notice.ticket().id() + ")",
                Math.min(smallest, size), maxBytes);
    }

    /** Builds the card with up to {@code reasons} reasons, and with or without the comparison lines. */
    static ObjectNode card(AssignmentNotice notice, int reasons, boolean comparison) {
        Ticket ticket = notice.ticket();
        Decision decision = notice.decision();
        ObjectNode card = CardElements.card();
        CardElements.heading(card, "Ticket " + ticket.id() + " assigned to "
                + CardElements.clip(notice.technicianName(), NAME_CHARS));
        if (!ticket.summary().isEmpty()) {
            CardElements.subtle(card, CardElements.clip(ticket.summary(), SUMMARY_CHARS));
        }
        CardElements.labelled(card, "Client", CardElements.clip(notice.clientName(), NAME_CHARS));
        CardElements.labelled(card, "Priority", priority(ticket));
        CardElements.labelled(card, "Expected start", CardElements.time(decision.expectedStart()));
        CardElements.labelled(card, "Respond by", CardElements.time(decision.deadlines().respondBy()));
        List<FactorContribution> top = topReasons(decision, reasons);
        if (!top.isEmpty()) {
            CardElements.labelled(card, "Why", "score " + CardElements.signed(decision.score()));
            for (FactorContribution reason : top) {
                CardElements.line(card, "\u2022 " + reason(reason));
            }
        }
        if (comparison) {
            CardElements.labelled(card, "Runner-up", runnerUp(notice));
            CardElements.labelled(card, "Excluded", exclusions(decision));
        }
        CardElements.openUrl(card, "Override", notice.overrideUrl());
        return card;
    }

    /** Returns the factors that added most to the score, largest first, at most {@code limit}. */
    static List<FactorContribution> topReasons(Decision decision, int limit) {
        return decision.contributions().stream()
                .filter(contribution -> contribution.contribution() > 0)
                .sorted(Comparator.comparingDouble(FactorContribution::contribution).reversed())
                .limit(limit)
                .toList();
    }

    private static String reason(FactorContribution contribution) {
        return String.format(Locale.ROOT, "%s %s (value %.2f \u00d7 weight %.2f)",
                CardElements.words(contribution.factor()), CardElements.signed(contribution.contribution()),
                contribution.value(), contribution.weight());
    }

    private static String priority(Ticket ticket) {
        String name = ticket.priority().name();
        return "P" + ticket.priority().level() + " " + name.substring(name.indexOf('_') + 1).toLowerCase(Locale.ROOT);
    }

    private static String runnerUp(AssignmentNotice notice) {
        RunnerUp runnerUp = notice.decision().runnerUp();
        if (runnerUp == null) {
            return "none (only one eligible technician)";
        }
        return CardElements.clip(notice.runnerUpName(), NAME_CHARS) + ", score "
                + CardElements.signed(runnerUp.score()) + ", margin " + CardElements.signed(runnerUp.margin());
    }

    private static String exclusions(Decision decision) {
        StringJoiner text = new StringJoiner(", ");
        for (ExclusionReason reason : ExclusionReason.values()) {
            Integer count = decision.exclusionCounts().get(reason);
            if (count != null && count > 0) {
                text.add(CardElements.words(reason) + " " + count);
            }
        }
        String counts = text.length() == 0 ? "none" : text.toString();
        return counts + " (" + decision.eligible() + " of " + decision.considered() + " technicians eligible)";
    }
}
