package com.techroute.engine.decision;

import com.techroute.engine.domain.Technician;
import java.time.Duration;
import java.time.Instant;

/**
 * A technician considered for a ticket at one place in their queue: what the factors score.
 *
 * @param ticket the ticket and what the engine worked out about it
 * @param entry the technician, their calendar and load
 * @param effortAhead work ahead of this ticket in the queue: open effort plus any batch tickets placed before it
 * @param assignmentsAhead batch tickets placed before this one in the same queue
 * @param expectedStart when the technician would start the ticket, laid onto their shifts
 * @param now decision time
 */
public record Candidate(TicketContext ticket, RosterEntry entry, Duration effortAhead, int assignmentsAhead,
        Instant expectedStart, Instant now) {

    public Technician technician() {
        return entry.technician();
    }
}
