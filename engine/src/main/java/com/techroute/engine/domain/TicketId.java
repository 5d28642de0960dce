package com.techroute.engine.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifier of a ticket, unique within a tenant (usually the PSA ticket id).
 *
 * @param value 1 to 128 letters, digits, spaces or {@code . _ - : @}, with no space at either end
 */
public record TicketId(@JsonValue String value) implements Comparable<TicketId> {

    public TicketId {
        Ids.requireValid("TicketId", value);
    }

    @JsonCreator
    public static TicketId of(String value) {
        return new TicketId(value);
    }

    @Override
    public int compareTo(TicketId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
