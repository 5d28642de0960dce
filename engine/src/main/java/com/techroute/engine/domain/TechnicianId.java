package com.techroute.engine.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifier of a technician, unique within a tenant.
 *
 * @param value 1 to 128 letters, digits, spaces or {@code . _ - : @}, with no space at either end
 */
public record TechnicianId(@JsonValue String value) implements Comparable<TechnicianId> {

    public TechnicianId {
        Ids.requireValid("TechnicianId", value);
    }

    @JsonCreator
    public static TechnicianId of(String value) {
        return new TechnicianId(value);
    }

    @Override
    public int compareTo(TechnicianId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
