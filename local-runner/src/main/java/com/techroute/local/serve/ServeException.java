package com.techroute.local.serve;

/** The local server cannot start; the message names the problem and the fix. */
public final class ServeException extends RuntimeException {

    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
