package com.techroute.replay.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the simulation moves forward, so the assignment service decides at simulated time. Only the
 * thread that runs the simulation sets it.
 */
public final class SimulatedClock extends Clock {

    private volatile Instant now;

    /** Creates a clock standing at {@code start}. */
    public SimulatedClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock to an instant. */
    public void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("A simulated clock stays in UTC; convert instants instead.");
    }
}
