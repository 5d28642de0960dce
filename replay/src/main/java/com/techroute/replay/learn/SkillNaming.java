package com.techroute.replay.learn;

import com.techroute.engine.domain.Skills;
import com.techroute.replay.log.HistoricalTicket;
import java.util.Objects;

/**
 * Names the skill that a ticket's category stands for: the log's column name of the category's top
 * level, a colon, and the value, such as {@code product:value 3} for the Helpdesk log or
 * {@code category:category 55} for the UCI log. Skill names are in the engine's canonical form (see
 * {@link Skills#normalize(String)}), so they are lower case.
 *
 * @param prefix name of the log column that fills the category's top level (its board)
 */
public record SkillNaming(String prefix) {

    /** Validates the prefix. */
    public SkillNaming {
        Objects.requireNonNull(prefix, "prefix must not be null");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("Skill prefix is blank. Pass the name of the category column.");
        }
    }

    /** Returns the skill a ticket's category stands for, or null when the ticket has no category board. */
    public String skillOf(HistoricalTicket ticket) {
        String board = ticket.category().board();
        return board == null ? null : Skills.normalize(prefix + ":" + board);
    }
}
