package com.techroute.engine.domain;

import java.util.Locale;
import java.util.Objects;

/** Rules for skill names and levels shared by technicians, tickets and category rules. */
public final class Skills {

    /** Lowest skill level. */
    public static final int MIN_LEVEL = 1;
    /** Highest skill level. */
    public static final int MAX_LEVEL = 5;

    private Skills() {
    }

    /**
     * Returns the canonical form of a skill name: trimmed, lower case, inner runs of spaces as one.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public static String normalize(String skill) {
        Objects.requireNonNull(skill, "skill name must not be null");
        String name = skill.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Skill name is blank. Give each skill a name, such as \"exchange\".");
        }
        // Interned so that the map lookups of the skill check usually compare by identity.
        return name.intern();
    }

    /**
     * Checks that a level lies in 1 to 5.
     *
     * @throws IllegalArgumentException naming the skill and the level
     */
    public static int requireLevel(String skill, int level) {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException(String.format(
                    "Invalid level (%d) for skill (%s). Use %d to %d.", level, skill, MIN_LEVEL, MAX_LEVEL));
        }
        return level;
    }
}
