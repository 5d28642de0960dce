package com.techroute.engine.assignment;

/**
 * A ticket that cannot be assigned as given, such as one naming an unknown client. Retrying does not
 * help: the message is set aside with this reason.
 */
public class InvalidTicketException extends IllegalArgumentException {

    public InvalidTicketException(String message) {
        super(message);
    }

    public InvalidTicketException(String message, Throwable cause) {
        super(message, cause);
    }
}
