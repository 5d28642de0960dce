package com.techroute.local.serve;

import com.techroute.engine.domain.TenantId;
import com.techroute.functions.AssignmentEvent;
import com.techroute.functions.Outbox;
import com.techroute.functions.TicketMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stand-in for the Service Bus queues and topic: tickets go to a queue in memory that one
 * worker thread delivers in batches (see {@link TicketWorker}); messages set aside as invalid and assignment
 * events are kept in memory, newest {@value #KEPT} of each, and logged.
 *
 * <p>NOTE: nothing here survives a restart. A ticket still queued when the process dies is lost, where
 * Service Bus would keep it; {@link #close()} delivers what is queued before it returns.
 */
public final class InProcessQueue implements Outbox, AutoCloseable {

    /** How many set-aside messages and events are kept for inspection. */
    static final int KEPT = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(InProcessQueue.class);

    /**
     * A message set aside as invalid, as the invalid-tickets queue would hold it.
     *
     * @param at when it was set aside
     * @param reference SHA-256 of the body
     * @param reason why it was rejected
     * @param body the body as received; never logged
     */
    public record SetAside(Instant at, String reference, String reason, String body) {
    }

    private final Clock clock;
    private final Duration retryDelay;
    private final LinkedBlockingQueue<QueuedTicket> tickets = new LinkedBlockingQueue<>();
    private final RecentList<SetAside> setAside = new RecentList<>(KEPT);
    private final RecentList<AssignmentEvent> events = new RecentList<>(KEPT);
    private final Object sendLock = new Object();
    private boolean accepting = true;
    private TicketWorker worker;

    /**
     * Creates a queue.
     *
     * @param clock the clock of the set-aside times
     * @param retryDelay wait before the second delivery of a failed batch; the third waits twice as long
     */
    public InProcessQueue(Clock clock, Duration retryDelay) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.retryDelay = Objects.requireNonNull(retryDelay, "retryDelay must not be null");
    }

    /**
     * Starts the worker thread that hands each batch of one tenant's tickets to the handler.
     *
     * @throws IllegalStateException when the worker was started before
     */
    public void start(TicketWorker.BatchHandler handler) {
        synchronized (sendLock) {
            if (worker != null) {
                throw new IllegalStateException("The in-process queue was started before.");
            }
            worker = new TicketWorker(tickets, handler, this::isAccepting, retryDelay);
            worker.start();
        }
    }

    /**
     * Queues a ticket for the worker, with the tenant as its session.
     *
     * @throws IllegalStateException when the server is stopping and the queue accepts no more tickets
     */
    @Override
    public void sendTicket(TicketMessage message, String body) {
        synchronized (sendLock) {
            if (!accepting) {
                throw new IllegalStateException("The in-process tickets queue is closed because the server is stopping.");
            }
            tickets.add(new QueuedTicket(message.tenant(), body));
        }
        LOG.info("Queued ticket ({}) of tenant ({})", message.ticket().id(), message.tenant());
    }

    @Override
    public void sendInvalid(String body, String reason, String reference) {
        setAside.add(new SetAside(clock.instant(), reference, reason, body));
        LOG.warn("Set aside invalid message ({}): {}", reference, reason);
    }

    @Override
    public void publishAssignment(AssignmentEvent event) {
        events.add(event);
        LOG.info("Published {} event of assignment ({}) of tenant ({}): ticket ({}) to technician ({}) by ({})",
                event.kind(), event.assignmentId(), event.tenantId(), event.ticketId(), event.technicianId(),
                event.actor());
    }

    /** Returns the messages set aside as invalid, oldest first. */
    public List<SetAside> setAside() {
        return setAside.snapshot();
    }

    /** Returns the published assignment events, oldest first. */
    public List<AssignmentEvent> events() {
        return events.snapshot();
    }

    /** Returns the batches the worker gave up on after every delivery attempt failed, oldest first. */
    public List<TicketWorker.DeadLetter> deadLetters() {
        return worker == null ? List.of() : worker.deadLetters();
    }

    /** Returns how many tickets wait for the worker, not counting the batch it is handling. */
    public int waiting() {
        return tickets.size();
    }

    private boolean isAccepting() {
        synchronized (sendLock) {
            return accepting;
        }
    }

    /** Stops accepting tickets, then waits until the worker has delivered every queued one. */
    @Override
    public void close() {
        synchronized (sendLock) {
            accepting = false;
        }
        if (worker != null) {
            worker.awaitDrained();
        }
    }

    /** A ticket body with its session id, the tenant, as Service Bus would group it. */
    record QueuedTicket(TenantId session, String body) {
    }
}
