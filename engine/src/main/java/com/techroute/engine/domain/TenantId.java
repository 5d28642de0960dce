package com.techroute.engine.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifier of one MSP; the partition key of every record.
 *
 * @param value 1 to 128 letters, digits, spaces or {@code . _ - : @}, with no space at either end
 */
public record TenantId(@JsonValue String value) implements Comparable<TenantId> {

    public TenantId {
        Ids.requireValid("TenantId", value);
    }

    @JsonCreator
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public int compareTo(TenantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
