package com.techroute.rebalancer;

import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TicketId;
import java.util.List;
import java.util.Objects;

/**
 * A technician's queue after a rebalance, in the order it is worked.
 *
 * @param technician the technician
 * @param started tickets already begun, which stay first and never move
 * @param unstarted unstarted tickets in their new order
 */
public record PlannedQueue(TechnicianId technician, List<TicketId> started, List<TicketId> unstarted) {

    public PlannedQueue {
        Objects.requireNonNull(technician, "technician must not be null");
        started = List.copyOf(started);
        unstarted = List.copyOf(unstarted);
    }
}
