package com.techroute.adapters.cosmos;

/**
 * Rule that decides whether a failed point read means the item does not exist. This is the only place
 * that interprets a failed read as "missing".
 */
enum MissingItemDetection {

    /**
     * Azure Cosmos DB: a point read of a missing item fails with 404 Not Found and sub-status 0. A 404 with
     * another sub-status, such as 1003 for a missing container, is an error.
     */
    NOT_FOUND_ONLY,

    /**
     * The local test server ({@code @vercel/cosmosdb-server} 1.0.1) fails a point read of a missing item
     * with 500 and the message of a JavaScript {@code TypeError}, because it reads a field of the item it
     * did not find. That 500, and 404 with sub-status 0, count as missing; any other 500 stays an error. The Java SDK turns a
     * {@code readMany} of one id into the same point read, so {@code readMany} does not avoid it.
     */
    LOCAL_TEST_SERVER;

    /** Start of the local test server's message for a missing item. */
    static final String LOCAL_SERVER_MISSING_MESSAGE = "Cannot read properties of undefined (reading '";

    /** Returns whether a failed point read with this status and message means the item does not exist. */
    boolean isMissing(int statusCode, int subStatusCode, String message) {
        if (statusCode == 404) {
            return subStatusCode == 0;
        }
        return this == LOCAL_TEST_SERVER && statusCode == 500 && message != null
                && message.contains(LOCAL_SERVER_MISSING_MESSAGE);
    }
}
