package com.techroute.replay.sim;

import java.time.Instant;
import java.util.List;

/**
 * Baseline "what people did": each ticket goes to the first person who took it in the log, whatever
 * their load or shifts. A person the engine does not know works with their own learned shifts and
 * historical handling times. A ticket nobody took in the log stays unassigned and is not retried.
 */
public final class HistoricalDispatcher implements Dispatcher {

    /** Strategy name in the report. */
    public static final String NAME = "what people did";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void dispatch(List<SimTicket> tickets, Instant now, Workforce workforce, Placement placement) {
        for (SimTicket ticket : tickets) {
            String person = ticket.firstAssignee();
            if (person != null) {
                WorkQueue queue = workforce.queueOf(person);
                placement.place(ticket, person, queue.expectedStart(now), null);
            }
        }
    }

    @Override
    public List<SimTicket> retryable(WaitingTickets waiting, Instant now, Workforce workforce) {
        return List.of();
    }
}
