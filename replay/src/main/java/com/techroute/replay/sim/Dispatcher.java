package com.techroute.replay.sim;

import java.time.Instant;
import java.util.List;

/**
 * Chooses who takes each ticket: the engine or a baseline rule. The simulator owns the queues, the
 * clock and the unassigned tickets; a dispatcher only chooses, so every strategy is simulated the same
 * way.
 */
public interface Dispatcher {

    /** Returns the strategy's name for the report, such as {@code engine} or {@code round-robin}. */
    String name();

    /**
     * Chooses people for tickets that are ready now and places each chosen ticket at once, so the load of an
     * earlier ticket of the same call counts for a later one. A ticket not placed waits for a retry.
     *
     * @param tickets tickets arriving together, or waiting tickets being retried, oldest first
     * @param placement where chosen tickets go
     */
    void dispatch(List<SimTicket> tickets, Instant now, Workforce workforce, Placement placement);

    /**
     * Returns the waiting tickets to retry now, oldest first, at most {@link ReplaySimulator#RETRY_CHUNK}.
     * The default returns those that some technician is available for, by {@link Workforce#isAvailable}'s
     * rules.
     */
    default List<SimTicket> retryable(WaitingTickets waiting, Instant now, Workforce workforce) {
        return waiting.candidates(workforce.retryIndex(now, false), ReplaySimulator.RETRY_CHUNK);
    }

    /** Learns that a person finished a ticket; the engine closes the assignment so its workload falls. */
    default void finished(Job job) {
    }

    /** Receives the tickets a dispatcher chose. */
    interface Placement {

        /**
         * Lays a ticket into a person's queue.
         *
         * @param person the chosen person's log token
         * @param expectedStart when the dispatcher expects work to start, or null
         * @param assignmentId the engine's assignment id, or null for a baseline
         */
        void place(SimTicket ticket, String person, Instant expectedStart, String assignmentId);
    }
}
