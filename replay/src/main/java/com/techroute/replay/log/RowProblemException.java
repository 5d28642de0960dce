package com.techroute.replay.log;

/**
 * Signals that one row cannot be read. Importers catch it per row and record a {@link RowProblem},
 * so it carries no stack trace; a log with many bad rows stays cheap to read.
 */
final class RowProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RowProblemException(String message) {
        super(message, null, false, false);
    }
}
