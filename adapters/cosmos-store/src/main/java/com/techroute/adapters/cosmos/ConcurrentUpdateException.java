package com.techroute.adapters.cosmos;

/**
 * An optimistic-concurrency update lost its race on every try. It is transient: a redelivered message
 * repeats the operation, and the assignment steps it belongs to are completed then.
 */
public final class ConcurrentUpdateException extends CosmosStoreException {

    private static final long serialVersionUID = 1L;

    public ConcurrentUpdateException(String message) {
        super(message, 412, null);
    }
}
