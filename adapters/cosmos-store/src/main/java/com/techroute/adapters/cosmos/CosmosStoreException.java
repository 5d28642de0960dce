package com.techroute.adapters.cosmos;

/**
 * A Cosmos DB request of the store failed. The message names the request, container, tenant and item;
 * the SDK's exception, with its diagnostics, is kept as the cause.
 */
public class CosmosStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;

    /**
     * Creates the exception.
     *
     * @param statusCode HTTP status of the failed request, or 0 when there was no response
     */
    public CosmosStoreException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** Returns the HTTP status of the failed request, or 0 when there was no response. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Returns whether repeating the operation later may succeed: timeouts (408), gone (410), throttling
     * (429, after the SDK's own retries), retry-with (449), service errors (500, 503), a lost optimistic
     * concurrency race, and no response at all. A caller such as a Service Bus function lets such a message
     * be delivered again. Every other status, such as 400, 401 or 403, needs a fix first.
     */
    public boolean isTransient() {
        return switch (statusCode) {
            case 0, 408, 410, 412, 429, 449, 500, 503 -> true;
            default -> false;
        };
    }
}
