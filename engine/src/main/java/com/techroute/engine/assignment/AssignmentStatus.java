package com.techroute.engine.assignment;

/** State of an assignment. Open and started assignments make up a technician's workload. */
public enum AssignmentStatus {
    /** In the technician's queue, not begun; the rebalancer may move it. */
    OPEN,
    /** Begun; never moved. */
    STARTED,
    /** Resolved or otherwise finished. */
    CLOSED,
    /** Replaced by a later assignment of the same ticket, after an override or a rebalance. */
    SUPERSEDED;

    /** Returns whether the assignment counts as open work. */
    public boolean isOpenWork() {
        return this == OPEN || this == STARTED;
    }
}
