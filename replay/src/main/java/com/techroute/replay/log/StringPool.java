package com.techroute.replay.log;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one instance of each repeated value (group, location, category) among the tickets of an
 * import, so that memory grows with distinct values rather than with tickets.
 */
final class StringPool {

    private final Map<String, String> values = new HashMap<>();

    /** Returns the pooled instance equal to the value, or {@code null} for {@code null}. */
    String share(String value) {
        if (value == null) {
            return null;
        }
        String pooled = values.putIfAbsent(value, value);
        return pooled != null ? pooled : value;
    }

    TicketCategory share(TicketCategory category) {
        return new TicketCategory(share(category.board()), share(category.type()), share(category.subtype()));
    }
}
