package com.techroute.replay.log;

/**
 * Category of a historical ticket as three levels, named after the board / type / subtype triple
 * that PSA tools use. Each importer documents which log columns fill which level.
 *
 * @param board   top level, or {@code null} when the log has no value
 * @param type    middle level, or {@code null} when the log has no value
 * @param subtype finest level, or {@code null} when the log has no value
 */
public record TicketCategory(String board, String type, String subtype) {

    /** Category of a ticket whose log row carries no category value. */
    public static final TicketCategory NONE = new TicketCategory(null, null, null);

    /** Turns blank levels into {@code null}, so "no value" has one representation. */
    public TicketCategory {
        board = blankToNull(board);
        type = blankToNull(type);
        subtype = blankToNull(subtype);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
