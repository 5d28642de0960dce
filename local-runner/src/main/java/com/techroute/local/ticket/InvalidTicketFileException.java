package com.techroute.local.ticket;

/** A ticket file that is missing, not JSON, or contains a ticket with a missing or invalid field. */
public final class InvalidTicketFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTicketFileException(String message) {
        super(message);
    }

    public InvalidTicketFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
