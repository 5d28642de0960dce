package com.techroute.local;

/** Process exit codes of the command line. */
public final class ExitCodes {

    /** Every record was processed. */
    public static final int OK = 0;
    /** Some rows were rejected, but the good ones were still processed. */
    public static final int PARTIAL = 1;
    /** The input could not be used at all: a missing, unreadable or invalid file, or a bad option. */
    public static final int BAD_INPUT = 2;
    /** An unexpected failure, such as a database error. The message and stack trace go to standard error. */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
