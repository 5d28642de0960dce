package com.techroute.replay.sim;

import java.time.Instant;
import java.util.List;

/**
 * Baseline: each ticket goes to the available technician (see {@link Workforce#isAvailable}) with the
 * least open effort; ties go to the lowest technician id. Skills are ignored.
 */
public final class LeastLoadedDispatcher implements Dispatcher {

    /** Strategy name in the report. */
    public static final String NAME = "least-loaded";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void dispatch(List<SimTicket> tickets, Instant now, Workforce workforce, Placement placement) {
        for (SimTicket ticket : tickets) {
            WorkQueue lightest = null;
            for (WorkQueue queue : workforce.roster()) {
                boolean lighter = lightest == null || queue.openEffort().compareTo(lightest.openEffort()) < 0;
                if (lighter && workforce.isAvailable(queue, ticket, now)) {
                    lightest = queue;
                }
            }
            if (lightest != null) {
                placement.place(ticket, lightest.person(), lightest.expectedStart(now), null);
            }
        }
    }
}
