package com.techroute.replay.sim;

import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.domain.Ticket;
import com.techroute.replay.log.HistoricalTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket of the scored part, ready for the simulation.
 *
 * @param index position in the scored part, from 0, in arrival order
 * @param source the ticket as the log recorded it
 * @param ticket the ticket in the engine's form. Its effort is the category's effort estimate
 * @param skill skill of its category, or null when it has no category
 * @param requiresSkill whether the engine requires the skill: only when some technician has it
 * @param deadlines SLA respond-by and resolve-by
 * @param historicalHandling handling time in the log, or null when the ticket was never resolved
 * @param handler who held the ticket when it was resolved (see {@code HandlingTimes}), or null
 */
public record SimTicket(int index, HistoricalTicket source, Ticket ticket, String skill, boolean requiresSkill,
        SlaDeadlines deadlines, Duration historicalHandling, String handler) {

    /** Validates the required fields. */
    public SimTicket {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(ticket, "ticket must not be null");
        Objects.requireNonNull(deadlines, "deadlines must not be null");
        if (requiresSkill && skill == null) {
            throw new IllegalArgumentException("Ticket (" + ticket.id() + ") requires a skill but has none.");
        }
    }

    /** Returns when the ticket arrived: its opened-at time. */
    public Instant arrival() {
        return ticket.createdAt();
    }

    /** Returns the effort the engine and the baselines plan with. */
    public Duration effort() {
        return ticket.effort();
    }

    /** Returns the first person who took the ticket in the log, or null when nobody did. */
    public String firstAssignee() {
        return source.firstAssignee();
    }
}
