package com.techroute.engine.decision;

import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.tenant.TenantProfile;
import java.util.List;

/**
 * What the engine works out about a ticket once, before scoring technicians.
 *
 * @param ticket the ticket
 * @param client its client
 * @param requirements required skills, from the ticket or the category rules
 * @param deadlines SLA deadlines
 * @param tierWeight the client's tier weight relative to the tenant's heaviest tier, in (0, 1]
 */
public record TicketContext(Ticket ticket, Client client, List<SkillRequirement> requirements,
        SlaDeadlines deadlines, double tierWeight) {

    /** Works out requirements, deadlines and tier weight from the tenant's settings. */
    public static TicketContext of(TenantProfile profile, Ticket ticket, Client client) {
        if (!ticket.client().equals(client.id())) {
            throw new IllegalArgumentException(String.format(
                    "Ticket (%s) is for client (%s) but client (%s) was given.", ticket.id(), ticket.client(), client.id()));
        }
        return new TicketContext(ticket, client, profile.requirementsFor(ticket), profile.deadlines(ticket, client),
                profile.normalizedTierWeight(client));
    }
}
