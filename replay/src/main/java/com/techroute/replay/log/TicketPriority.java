package com.techroute.replay.log;

/**
 * Priority of a historical ticket: a level from 1 (most urgent) to 4 (least urgent), and the value
 * the log wrote, so that a replay can report or remap it.
 *
 * @param level 1 to 4, where 1 is the most urgent
 * @param raw   the log's own value, for example {@code "1 - Critical"}, or {@code null} when the log
 *              has no priority and the level is a configured default; never blank
 */
public record TicketPriority(int level, String raw) {

    /** Most urgent level. */
    public static final int HIGHEST = 1;

    /** Least urgent level. */
    public static final int LOWEST = 4;

    /**
     * Validates the level and the raw value.
     *
     * @throws IllegalArgumentException when the level is outside 1..4 or the raw value is blank
     */
    public TicketPriority {
        if (level < HIGHEST || level > LOWEST) {
            throw new IllegalArgumentException("Priority level (" + level + ") of raw value (" + raw
                    + ") is outside " + HIGHEST + ".." + LOWEST + ". Map the raw value to a level in that range.");
        }
        if (raw != null && raw.isBlank()) {
            throw new IllegalArgumentException("Priority level (" + level + ") has a blank raw value. "
                    + "Pass the value the log wrote, or null for a default level.");
        }
    }
}
