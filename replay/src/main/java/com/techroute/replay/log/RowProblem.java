package com.techroute.replay.log;

/**
 * A log row that an importer could not read, so no field of that row entered any ticket.
 *
 * @param lineNumber physical line number in the file where the row starts; the header is line 1
 * @param message    what is wrong with the row, naming the column and the value
 */
public record RowProblem(long lineNumber, String message) {

    /**
     * Validates the line number and the message.
     *
     * @throws IllegalArgumentException when the line number is below 1 or the message is blank
     */
    public RowProblem {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("Line number (" + lineNumber + ") is below 1. "
                    + "Pass the physical line number, counting the header as line 1.");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("Row problem on line (" + lineNumber + ") has no message. "
                    + "Say which column and value could not be read.");
        }
    }
}
