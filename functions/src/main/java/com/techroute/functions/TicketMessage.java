package com.techroute.functions;

import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import java.util.Objects;

/**
 * A ticket message as it travels from IngestTicket to AssignTicket: the tenant and the ticket.
 *
 * @param tenant the MSP the ticket belongs to; the session id on the tickets queue
 * @param ticket the ticket
 */
public record TicketMessage(TenantId tenant, Ticket ticket) {

    public TicketMessage {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(ticket, "ticket must not be null");
    }

    /** Returns the Service Bus message id, {@code tenant|ticket}, so a resent ticket has the same id. */
    public String messageId() {
        return ServiceBusOutbox.messageId(tenant.value() + "|" + ticket.id().value());
    }
}
