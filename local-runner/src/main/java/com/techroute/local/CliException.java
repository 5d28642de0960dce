package com.techroute.local;

/** A failure the command line reports as one message on standard error, with its exit code. */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** Returns a failure with exit code {@link ExitCodes#BAD_INPUT}. */
    public static CliException badInput(String message, Object... arguments) {
        return new CliException(ExitCodes.BAD_INPUT, String.format(message, arguments));
    }

    public int exitCode() {
        return exitCode;
    }
}
