package com.techroute.engine.domain;

import java.util.Objects;

/**
 * A ticket's category as a PSA files it: board (or queue), type and subtype.
 *
 * @param board PSA board or queue, never blank
 * @param type ticket type, or null
 * @param subtype ticket subtype, or null
 */
public record Category(String board, String type, String subtype) {

    public Category {
        Objects.requireNonNull(board, "category board must not be null");
        if (board.isBlank()) {
            throw new IllegalArgumentException("Category board is blank. Give the PSA board or queue name.");
        }
        type = blankToNull(type);
        subtype = blankToNull(subtype);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(board);
        if (type != null) {
            text.append(" / ").append(type);
        }
        if (subtype != null) {
            text.append(" / ").append(subtype);
        }
        return text.toString();
    }
}
