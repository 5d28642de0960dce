package com.techroute.rebalancer;

import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.tenant.TenantProfile;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One tenant's rebalance input.
 *
 * <p>The queues come from the roster: each entry's load lists the technician's open work in the order it
 * is worked, with a started flag. Started work stays where it is; every unstarted ticket is a candidate
 * to move, and needs its context in {@code tickets}.
 *
 * @param profile the tenant, whose factor weights score every placement
 * @param roster technicians with their loads, built from the tenant's open assignments
 * @param tickets the context of every unstarted ticket in the roster's queues, in any order
 * @param now the rebalance time; build the roster at the same instant so its cached times apply
 * @param settings move penalty, max moves, time limit and seed
 */
public record RebalanceRequest(TenantProfile profile, Roster roster, List<TicketContext> tickets, Instant now,
        RebalanceSettings settings) {

    public RebalanceRequest {
        Objects.requireNonNull(profile, "profile must not be null");
        Objects.requireNonNull(roster, "roster must not be null");
        tickets = List.copyOf(tickets);
        Objects.requireNonNull(now, "now must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
    }
}
