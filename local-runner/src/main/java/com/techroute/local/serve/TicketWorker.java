package com.techroute.local.serve;

import com.techroute.engine.domain.TenantId;
import com.techroute.local.serve.InProcessQueue.QueuedTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that delivers queued tickets, like the Service Bus trigger of AssignTicket: it takes
 * whatever is queued, up to {@value #MAX_BATCH} tickets, splits it by session (tenant) and hands each
 * tenant's part to the handler as one batch. A batch whose handler throws is delivered again, up to
 * {@value #MAX_DELIVERIES} times in all, and then kept as a dead letter.
 */
public final class TicketWorker {

    /** Most tickets taken from the queue for one round of batches. */
    public static final int MAX_BATCH = 32;
    /** Deliveries of one batch before it becomes a dead letter; Service Bus counts them the same way. */
    public static final int MAX_DELIVERIES = 3;
    /** Maximum wait for the queue to drain when the server stops. */
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(TicketWorker.class);
    private static final long POLL_MILLIS = 100;

    /** Receives one batch of one tenant's message bodies, as AssignTicket.handle does. */
    @FunctionalInterface
    public interface BatchHandler {

        /** Handles the bodies; throws on a failure that a later delivery may not have. */
        void handle(TenantId session, List<String> bodies);
    }

    /**
     * A batch given up after {@value #MAX_DELIVERIES} failed deliveries.
     *
     * @param at when it was given up
     * @param session the tenant
     * @param bodies the message bodies; never logged
     * @param error the last failure
     */
    public record DeadLetter(Instant at, TenantId session, List<String> bodies, String error) {
    }

    private final BlockingQueue<QueuedTicket> queue;
    private final BatchHandler handler;
    private final BooleanSupplier accepting;
    private final Duration retryDelay;
    private final RecentList<DeadLetter> deadLetters = new RecentList<>(InProcessQueue.KEPT);
    private final Thread thread;

    TicketWorker(BlockingQueue<QueuedTicket> queue, BatchHandler handler, BooleanSupplier accepting,
            Duration retryDelay) {
        this.queue = queue;
        this.handler = handler;
        this.accepting = accepting;
        this.retryDelay = retryDelay;
        this.thread = new Thread(this::run, "techroute-assign-worker");
    }

    void start() {
        thread.start();
    }

    List<DeadLetter> deadLetters() {
        return deadLetters.snapshot();
    }

    /** Waits until the worker has delivered every queued ticket and stopped; call after accepting turns false. */
    void awaitDrained() {
        try {
            thread.join(DRAIN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The assign worker did not finish within {} s; {} queued tickets are dropped",
                    DRAIN_TIMEOUT.toSeconds(), queue.size());
            thread.interrupt();
        }
    }

    private void run() {
        while (true) {
            QueuedTicket first;
            try {
                first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                LOG.warn("The assign worker was interrupted; {} queued tickets are dropped", queue.size());
                return;
            }
            if (first == null) {
                if (!accepting.getAsBoolean() && queue.isEmpty()) {
                    return;
                }
                continue;
            }
            List<QueuedTicket> drained = new ArrayList<>(MAX_BATCH);
            drained.add(first);
            queue.drainTo(drained, MAX_BATCH - 1);
            bySession(drained).forEach(this::deliver);
        }
    }

    /** Splits tickets by session, keeping the order of arrival within each and of the sessions' first tickets. */
    static Map<TenantId, List<String>> bySession(List<QueuedTicket> tickets) {
        Map<TenantId, List<String>> batches = new LinkedHashMap<>();
        for (QueuedTicket ticket : tickets) {
            batches.computeIfAbsent(ticket.session(), session -> new ArrayList<>()).add(ticket.body());
        }
        return batches;
    }

    private void deliver(TenantId session, List<String> bodies) {
        for (int attempt = 1; attempt <= MAX_DELIVERIES; attempt++) {
            try {
                handler.handle(session, List.copyOf(bodies));
                return;
            } catch (RuntimeException e) {
                // The trigger's boundary: Service Bus would redeliver after any exception, so this does too.
                if (attempt < MAX_DELIVERIES) {
                    Duration wait = retryDelay.multipliedBy(attempt);
                    LOG.warn("Delivery attempt {} of {} of a batch of {} tickets of tenant ({}) failed; retrying in"
                            + " {} ms: {}", attempt, MAX_DELIVERIES, bodies.size(), session, wait.toMillis(),
                            e.toString());
                    if (pause(wait)) {
                        continue;
                    }
                }
                deadLetters.add(new DeadLetter(Instant.now(), session, List.copyOf(bodies), e.toString()));
                LOG.error("Gave up on a batch of {} tickets of tenant ({}) after {} delivery attempts; they stay"
                        + " unassigned until posted again", bodies.size(), session, attempt, e);
                return;
            }
        }
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
