package com.techroute.functions;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.json.EngineJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One assignment as subscribers of the assignment-events topic see it, such as a PSA write-back.
 *
 * @param kind why the assignment was made
 * @param tenantId tenant id
 * @param ticketId ticket id
 * @param assignmentId assignment id, unique per ticket revision; also the Service Bus message id
 * @param technicianId technician the ticket went to
 * @param clientId client of the ticket
 * @param revision 0 for the engine's first assignment, then 1, 2, ... after overrides and rebalances
 * @param assignedAt when it was assigned
 * @param expectedStart when the technician is expected to start, or null
 * @param effort estimated effort
 * @param actor who made it: {@code engine}, a dispatcher, or {@code rebalance}
 */
public record AssignmentEvent(Kind kind, String tenantId, String ticketId, String assignmentId, String technicianId,
        String clientId, int revision, Instant assignedAt, Instant expectedStart, Duration effort, String actor) {

    /** Why an assignment was made. */
    public enum Kind {
        ASSIGNED,
        REASSIGNED,
        REBALANCED
    }

    public AssignmentEvent {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(assignmentId, "assignmentId must not be null");
    }

    /** Returns the event of a stored assignment. */
    public static AssignmentEvent of(Kind kind, Assignment assignment, String actor) {
        return new AssignmentEvent(kind, assignment.tenant().value(), assignment.ticket().value(), assignment.id(),
                assignment.technician().value(), assignment.client().value(), assignment.revision(),
                assignment.assignedAt(), assignment.expectedStart(), assignment.effort(), actor);
    }

    /** Returns the event as JSON. */
    public String toJson() {
        return EngineJson.write(this);
    }
}
