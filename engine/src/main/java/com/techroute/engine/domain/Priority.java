package com.techroute.engine.domain;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/** Ticket priority, from P1 (critical) to P4 (low), as PSAs number them. */
public enum Priority {
    P1_CRITICAL(1),
    P2_HIGH(2),
    P3_MEDIUM(3),
    P4_LOW(4);

    private final int level;

    Priority(int level) {
        this.level = level;
    }

    /** Returns the level, 1 (most urgent) to 4. */
    public int level() {
        return level;
    }

    /**
     * Returns the priority of a level from 1 to 4.
     *
     * @throws IllegalArgumentException when the level is outside 1 to 4
     */
    public static Priority ofLevel(int level) {
        for (Priority priority : values()) {
            if (priority.level == level) {
                return priority;
            }
        }
        throw new IllegalArgumentException(
                String.format("Invalid priority level (%d). Use 1 (critical) to 4 (low).", level));
    }

    /**
     * Parses a priority written as {@code P1}, {@code 1}, {@code critical}, {@code high}, {@code medium}
     * or {@code low}, or as the enum name; case does not matter.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    @JsonCreator
    public static Priority parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        switch (value) {
            case "P1", "1", "CRITICAL", "P1_CRITICAL":
                return P1_CRITICAL;
            case "P2", "2", "HIGH", "P2_HIGH":
                return P2_HIGH;
            case "P3", "3", "MEDIUM", "MODERATE", "P3_MEDIUM":
                return P3_MEDIUM;
            case "P4", "4", "LOW", "P4_LOW":
                return P4_LOW;
            default:
                throw new IllegalArgumentException(String.format(
                        "Invalid priority (%s). Use P1 to P4, 1 to 4, or critical, high, medium, low.", text));
        }
    }
}
