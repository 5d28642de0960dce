package com.techroute.adapters.teams;

import com.techroute.engine.decision.Decision;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import java.util.Map;
import java.util.Objects;

/**
 * Content of the card for a ticket that no technician could take.
 *
 * @param tenant tenant id
 * @param ticket the ticket, now on the unassigned queue
 * @param clientName display name of the ticket's client
 * @param decision the engine's decision, with exclusion counts and the closest candidates
 * @param technicianNames display names of technicians by id; a missing name shows the id
 */
public record UnassignedNotice(TenantId tenant, Ticket ticket, String clientName, Decision decision,
        Map<TechnicianId, String> technicianNames) {

    public UnassignedNotice {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(ticket, "ticket must not be null");
        Objects.requireNonNull(decision, "decision must not be null");
        clientName = clientName == null || clientName.isBlank() ? ticket.client().value() : clientName;
        technicianNames = technicianNames == null ? Map.of() : Map.copyOf(technicianNames);
    }

    /** Returns a technician's display name, or the id when the name is unknown. */
    public String nameOf(TechnicianId technician) {
        return technicianNames.getOrDefault(technician, technician.value());
    }
}
