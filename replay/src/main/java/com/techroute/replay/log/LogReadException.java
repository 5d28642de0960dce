package com.techroute.replay.log;

import java.nio.file.Path;

/**
 * Thrown when a whole log file, or its column mapping, cannot be read: the file is missing, empty,
 * not a readable zip archive, not UTF-8 text, or lacks the expected columns. A single unreadable
 * row is not an exception; it becomes a {@link RowProblem}.
 */
public class LogReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * Creates the exception.
     *
     * @param file    the file that cannot be read
     * @param message what failed, what was expected, and how to fix it; names the file
     * @param cause   the underlying failure, or {@code null}
     */
    public LogReadException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** Returns the file that cannot be read. */
    public Path file() {
        return file;
    }
}
