package com.techroute.adapters.cosmos;

import com.techroute.engine.assignment.Assignment;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A ticket's pointer to its latest assignment, kept in the tickets container so that
 * {@code currentAssignment} is two point reads instead of a read of every assignment.
 *
 * @param assignmentId id of the latest assignment
 * @param revision its revision
 * @param assignedAt when it was assigned
 */
record CurrentAssignment(String assignmentId, int revision, Instant assignedAt) {

    /** Orders pointers from earliest to latest: by revision, then assignment time, then assignment id. */
    static final Comparator<CurrentAssignment> ORDER = Comparator.comparingInt(CurrentAssignment::revision)
            .thenComparing(CurrentAssignment::assignedAt).thenComparing(CurrentAssignment::assignmentId);

    CurrentAssignment {
        Objects.requireNonNull(assignmentId, "assignmentId must not be null");
        Objects.requireNonNull(assignedAt, "assignedAt must not be null");
    }

    static CurrentAssignment of(Assignment assignment) {
        return new CurrentAssignment(assignment.id(), assignment.revision(), assignment.assignedAt());
    }

    /** Returns whether {@code other} is later than this one, so that the pointer should move to it. */
    boolean isSupersededBy(CurrentAssignment other) {
        return ORDER.compare(other, this) > 0;
    }
}
