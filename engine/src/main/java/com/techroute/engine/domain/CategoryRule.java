package com.techroute.engine.domain;

import java.util.List;
import java.util.Objects;

/**
 * Maps a ticket category to the skills it requires. A null type or subtype matches any value.
 *
 * @param board PSA board the rule applies to
 * @param type ticket type, or null for any
 * @param subtype ticket subtype, or null for any
 * @param skills skills a matching ticket requires
 */
public record CategoryRule(String board, String type, String subtype, List<SkillRequirement> skills) {

    public CategoryRule {
        Objects.requireNonNull(board, "category rule board must not be null");
        if (subtype != null && type == null) {
            throw new IllegalArgumentException(String.format(
                    "Category rule for board (%s) sets subtype (%s) without a type. Set the type too.", board, subtype));
        }
        skills = List.copyOf(skills);
    }

    /** Returns whether the rule matches the category; names compare without regard to case. */
    public boolean matches(Category category) {
        return board.equalsIgnoreCase(category.board())
                && (type == null || type.equalsIgnoreCase(category.type()))
                && (subtype == null || subtype.equalsIgnoreCase(category.subtype()));
    }

    /** Returns how specific the rule is: 1 for a board, 2 with a type, 3 with a subtype. */
    public int specificity() {
        return 1 + (type == null ? 0 : 1) + (subtype == null ? 0 : 1);
    }
}
