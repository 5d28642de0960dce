package com.techroute.functions;

/**
 * Messages the functions send: tickets to the tickets queue, rejected messages to the invalid-tickets
 * queue, and assignment events to the topic. Every method throws when the message was not sent, so the
 * caller can retry.
 */
public interface Outbox {

    /** Sends a ticket to the tickets queue, with session id = tenant id and message id = tenant|ticket. */
    void sendTicket(TicketMessage message, String body);

    /**
     * Sets a rejected message aside on the invalid-tickets queue, with the reason as a message property.
     *
     * @param body the message body as received
     * @param reason why it was rejected
     * @param reference a stable reference to the message, such as the SHA-256 of its body
     */
    void sendInvalid(String body, String reason, String reference);

    /** Publishes an assignment event on the assignment-events topic, with session id = tenant id. */
    void publishAssignment(AssignmentEvent event);
}
