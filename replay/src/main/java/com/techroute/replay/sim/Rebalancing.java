package com.techroute.replay.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Periodic re-optimisation of the queues inside a simulation. At every interval the simulator hands it the
 * open jobs and lays the tickets it moves into their new queues.
 */
public interface Rebalancing {

    /** Returns the strategy's name in the report, such as {@code engine + rebalance}. */
    String name();

    /** Returns the simulated time between two rebalances, positive. */
    Duration every();

    /**
     * Plans and records a rebalance.
     *
     * @param started open jobs whose work has begun at {@code now}; they must not move
     * @param unstarted open jobs whose work has not begun, in queue order per person
     * @return the tickets that change person, in the order they join their new queue
     */
    List<Reassignment> rebalance(Instant now, List<Job> started, List<Job> unstarted);

    /** Returns the rebalances run so far. */
    RebalanceStats stats();

    /**
     * A ticket that leaves its queue for another person's.
     *
     * @param ticket the ticket
     * @param person the new person's log token
     * @param assignmentId the new assignment's id
     */
    record Reassignment(SimTicket ticket, String person, String assignmentId) {
    }
}
