package com.techroute.functions;

import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Outbox} over three Service Bus sender clients. The SDK retries transient failures itself (three
 * retries by default) and then throws, which the caller passes on so that the Functions runtime retries.
 * Thread-safe, as the sender clients are.
 */
public final class ServiceBusOutbox implements Outbox, AutoCloseable {

    /** Application property with the reason a message was set aside. */
    public static final String REASON_PROPERTY = "reason";
    /** Application property with a stable reference to the rejected message, the SHA-256 of its body. */
    public static final String REFERENCE_PROPERTY = "bodySha256";
    /** Application property with the tenant id. */
    public static final String TENANT_PROPERTY = "tenantId";
    /** Longest reason kept in the application property; Service Bus limits all properties to 64 KB. */
    static final int MAX_REASON_CHARS = 2_000;
    private static final int MAX_MESSAGE_ID_CHARS = 128;

    private static final Logger LOG = LoggerFactory.getLogger(ServiceBusOutbox.class);

    private final ServiceBusSenderClient tickets;
    private final ServiceBusSenderClient invalidTickets;
    private final ServiceBusSenderClient assignmentEvents;

    public ServiceBusOutbox(ServiceBusSenderClient tickets, ServiceBusSenderClient invalidTickets,
            ServiceBusSenderClient assignmentEvents) {
        this.tickets = Objects.requireNonNull(tickets, "tickets sender must not be null");
        this.invalidTickets = Objects.requireNonNull(invalidTickets, "invalid tickets sender must not be null");
        this.assignmentEvents = Objects.requireNonNull(assignmentEvents, "assignment events sender must not be null");
    }

    @Override
    public void sendTicket(TicketMessage message, String body) {
        ServiceBusMessage outgoing = new ServiceBusMessage(body);
        outgoing.setContentType("application/json");
        outgoing.setSessionId(message.tenant().value());
        outgoing.setMessageId(message.messageId());
        outgoing.getApplicationProperties().put(TENANT_PROPERTY, message.tenant().value());
        tickets.sendMessage(outgoing);
        LOG.info("Queued ticket ({}) of tenant ({})", message.ticket().id(), message.tenant());
    }

    @Override
    public void sendInvalid(String body, String reason, String reference) {
        ServiceBusMessage outgoing = new ServiceBusMessage(body == null ? "" : body);
        outgoing.setContentType("application/json");
        outgoing.setMessageId(messageId("invalid|" + reference));
        String shortReason = reason.length() > MAX_REASON_CHARS
                ? reason.substring(0, MAX_REASON_CHARS - 1) + "\u2026" : reason;
        outgoing.getApplicationProperties().put(REASON_PROPERTY, shortReason);
        outgoing.getApplicationProperties().put(REFERENCE_PROPERTY, reference);
        invalidTickets.sendMessage(outgoing);
        LOG.info("Set aside invalid message ({}) on the invalid-tickets queue", reference);
    }

    @Override
    public void publishAssignment(AssignmentEvent event) {
        ServiceBusMessage outgoing = new ServiceBusMessage(event.toJson());
        outgoing.setContentType("application/json");
        outgoing.setSubject(event.kind().name());
        outgoing.setMessageId(messageId(event.assignmentId()));
        outgoing.setSessionId(event.tenantId());
        outgoing.getApplicationProperties().put(TENANT_PROPERTY, event.tenantId());
        assignmentEvents.sendMessage(outgoing);
        LOG.info("Published {} event of assignment ({}) of tenant ({})", event.kind(), event.assignmentId(),
                event.tenantId());
    }

    /** Closes the three sender clients. */
    @Override
    public void close() {
        tickets.close();
        invalidTickets.close();
        assignmentEvents.close();
    }

    /**
     * Returns a Service Bus message id for a key: the key itself when it fits the 128-character limit,
     * else its SHA-256 in hex, so the same key always gives the same id.
     */
    static String messageId(String key) {
        return key.length() <= MAX_MESSAGE_ID_CHARS ? key : sha256(key);
    }

    /** Returns the SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
