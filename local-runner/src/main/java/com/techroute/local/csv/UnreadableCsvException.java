package com.techroute.local.csv;

/** A CSV file that cannot be used at all: missing, empty, binary, not UTF-8, badly quoted or without a required column. */
public final class UnreadableCsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableCsvException(String message) {
        super(message);
    }

    public UnreadableCsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
