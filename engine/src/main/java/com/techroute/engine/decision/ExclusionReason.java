package com.techroute.engine.decision;

/** Hard constraints; a technician who fails one cannot take the ticket. */
public enum ExclusionReason {
    /** The technician's status is inactive. */
    INACTIVE,
    /** A required skill is missing or below its minimum level. */
    MISSING_SKILL,
    /** The technician is on time off now. */
    TIME_OFF,
    /** No shift of the technician is under way or starts before the SLA respond-by time. */
    OFF_SHIFT,
    /** The ticket's effort would take open work past the technician's capacity. */
    OVER_CAPACITY;

    /** Returns this reason's bit in the failure bit sets of {@link HardConstraints#failures}. */
    public int bit() {
        return 1 << ordinal();
    }

    /** Returns whether a failure bit set from {@link HardConstraints#failures} includes this reason. */
    public boolean in(int failures) {
        return (failures & bit()) != 0;
    }
}
