package com.techroute.functions;

import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import java.util.Optional;

/**
 * The tenant and ticket of an override URL.
 *
 * @param tenant tenant id from the route
 * @param ticket ticket id from the route
 */
record OverrideRoute(TenantId tenant, TicketId ticket) {

    /** Returns the route's ids, or empty when either is not a valid id. */
    static Optional<OverrideRoute> parse(String tenantId, String ticketId) {
        try {
            return Optional.of(new OverrideRoute(TenantId.of(tenantId), TicketId.of(ticketId)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
