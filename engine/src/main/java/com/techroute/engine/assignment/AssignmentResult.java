package com.techroute.engine.assignment;

import com.techroute.engine.decision.Decision;
import com.techroute.engine.domain.Ticket;

/**
 * Outcome of assigning one ticket.
 *
 * @param ticket the ticket
 * @param decision the engine's decision, or null for a duplicate (the first decision is in the audit trail)
 * @param assignment the stored assignment, or null when the ticket went to the unassigned queue
 * @param duplicate true when the ticket had been assigned before and nothing new was recorded
 */
public record AssignmentResult(Ticket ticket, Decision decision, Assignment assignment, boolean duplicate) {

    /** Returns whether the ticket has a technician. */
    public boolean assigned() {
        return assignment != null;
    }
}
