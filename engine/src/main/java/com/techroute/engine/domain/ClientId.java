package com.techroute.engine.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifier of a client company of an MSP, unique within a tenant.
 *
 * @param value 1 to 128 letters, digits, spaces or {@code . _ - : @}, with no space at either end
 */
public record ClientId(@JsonValue String value) implements Comparable<ClientId> {

    public ClientId {
        Ids.requireValid("ClientId", value);
    }

    @JsonCreator
    public static ClientId of(String value) {
        return new ClientId(value);
    }

    @Override
    public int compareTo(ClientId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
