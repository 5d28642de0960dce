package com.techroute.replay.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * A ticket laid into a person's queue.
 *
 * @param ticket the ticket
 * @param person who works it: a log person token
 * @param assignedAt when it was assigned
 * @param expectedStart when the dispatcher expected work to start, from the planned efforts, or null
 * @param start when work starts in the simulation
 * @param finish when work finishes in the simulation
 * @param handling simulated handling time, in working time
 * @param assignmentId the engine's assignment id, or null for a baseline
 * @param sequence order in which jobs were laid, to order jobs that finish at the same instant
 */
public record Job(SimTicket ticket, String person, Instant assignedAt, Instant expectedStart, Instant start,
        Instant finish, Duration handling, String assignmentId, long sequence) {

    /** Returns this job given to another person under a new assignment, to be laid again. */
    public Job withAssignment(String newPerson, String newAssignmentId) {
        return new Job(ticket, newPerson, assignedAt, expectedStart, start, finish, handling, newAssignmentId, sequence);
    }
}
