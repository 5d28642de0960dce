package com.techroute.adapters.teams;

import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Content of the rebalance summary card of one tenant.
 *
 * @param tenant tenant id
 * @param ranAt when the rebalance ran
 * @param moved tickets that changed technician, largest gain first
 * @param skipped planned moves not applied because the ticket changed while the plan was made
 * @param scoreChange change of the tenant's total factor score from the applied plan, in factor-score points
 */
public record RebalanceSummary(TenantId tenant, Instant ranAt, List<MovedTicket> moved, int skipped,
        double scoreChange) {

    public RebalanceSummary {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(ranAt, "ranAt must not be null");
        moved = List.copyOf(moved);
        if (skipped < 0) {
            throw new IllegalArgumentException("skipped must be 0 or more, not " + skipped);
        }
    }

    /**
     * One ticket that moved.
     *
     * @param ticket ticket id
     * @param fromName display name of the technician it left
     * @param toName display name of the technician it went to
     * @param scoreChange change of the ticket's factor score, in factor-score points
     */
    public record MovedTicket(TicketId ticket, String fromName, String toName, double scoreChange) {

        public MovedTicket {
            Objects.requireNonNull(ticket, "ticket must not be null");
            fromName = fromName == null ? "" : fromName;
            toName = toName == null ? "" : toName;
        }
    }
}
