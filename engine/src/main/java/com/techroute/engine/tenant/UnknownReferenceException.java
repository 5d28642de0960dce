package com.techroute.engine.tenant;

/** A record names something the tenant does not have, such as an unknown tier or client. */
public class UnknownReferenceException extends IllegalArgumentException {

    public UnknownReferenceException(String message) {
        super(message);
    }
}
