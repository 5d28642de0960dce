package com.techroute.replay.sim;

import com.techroute.replay.learn.ServiceTimes;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a ticket takes in the simulation when a given person works it.
 *
 * <p>The simulated time is the ticket's handling time in the log times the historical handler's speed
 * on the ticket's category divided by the assignee's speed on it, so a twice-as-fast assignee takes half
 * the time. A ticket the log never resolved starts from its effort estimate instead, with the handler's
 * speed taken as 1. The result is capped at the handling-time cap. A person the engine does not know has
 * speed 1, so their own tickets keep their historical time. Times are rounded to whole seconds.
 */
public final class HandlingModel {

    private final ServiceTimes serviceTimes;
    private final Duration cap;

    /** Creates the model from learned speeds and the cap. */
    public HandlingModel(ServiceTimes serviceTimes, Duration cap) {
        this.serviceTimes = Objects.requireNonNull(serviceTimes, "serviceTimes must not be null");
        this.cap = Objects.requireNonNull(cap, "cap must not be null");
    }

    /** Returns the simulated handling time of a ticket worked by a person. */
    public Duration handlingTime(SimTicket ticket, String assignee) {
        double assigneeSpeed = serviceTimes.speed(assignee, ticket.skill());
        Duration base = ticket.historicalHandling();
        double handlerSpeed = 1.0;
        if (base == null) {
            base = ticket.effort();
        } else {
            handlerSpeed = serviceTimes.speed(ticket.handler(), ticket.skill());
        }
        Duration scaled = Duration.ofSeconds(Math.round(base.toSeconds() * handlerSpeed / assigneeSpeed));
        return scaled.compareTo(cap) > 0 ? cap : scaled;
    }
}
