package com.techroute.adapters.teams;

import com.techroute.engine.decision.Decision;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import java.net.URI;
import java.util.Objects;

/**
 * Content of an assignment card.
 *
 * @param tenant tenant id
 * @param ticket the assigned ticket
 * @param clientName display name of the ticket's client
 * @param technicianName display name of the chosen technician
 * @param decision the engine's decision, with its explanation; must have a technician
 * @param runnerUpName display name of the runner-up, or null when the decision has none
 * @param overrideUrl signed link to the override page
 */
public record AssignmentNotice(TenantId tenant, Ticket ticket, String clientName, String technicianName,
        Decision decision, String runnerUpName, URI overrideUrl) {

    public AssignmentNotice {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(ticket, "ticket must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
        Objects.requireNonNull(overrideUrl, "overrideUrl must not be null");
        if (!decision.assigned()) {
            throw new IllegalArgumentException(String.format(
                    "Decision for ticket (%s) has no technician. Send an assignment card only for assigned tickets.",
                    ticket.id()));
        }
        clientName = clientName == null || clientName.isBlank() ? ticket.client().value() : clientName;
        technicianName = technicianName == null || technicianName.isBlank()
                ? decision.technician().value() : technicianName;
        if (runnerUpName == null && decision.runnerUp() != null) {
            runnerUpName = decision.runnerUp().technician().value();
        }
    }
}
