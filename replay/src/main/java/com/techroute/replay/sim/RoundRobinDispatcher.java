package com.techroute.replay.sim;

import java.time.Instant;
import java.util.List;

/**
 * Baseline: strict rotation over the technicians in id order. Each ticket goes to the next technician
 * after the one who took the previous ticket, skipping anyone unavailable (see
 * {@link Workforce#isAvailable}). The rotation does not move when nobody is available. Skills are ignored.
 */
public final class RoundRobinDispatcher implements Dispatcher {

    /** Strategy name in the report. */
    public static final String NAME = "round-robin";

    private int next;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void dispatch(List<SimTicket> tickets, Instant now, Workforce workforce, Placement placement) {
        List<WorkQueue> roster = workforce.roster();
        for (SimTicket ticket : tickets) {
            for (int step = 0; step < roster.size(); step++) {
                int index = (next + step) % roster.size();
                WorkQueue queue = roster.get(index);
                if (workforce.isAvailable(queue, ticket, now)) {
                    placement.place(ticket, queue.person(), queue.expectedStart(now), null);
                    next = (index + 1) % roster.size();
                    break;
                }
            }
        }
    }
}
