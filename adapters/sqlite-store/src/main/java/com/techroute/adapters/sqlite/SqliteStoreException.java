package com.techroute.adapters.sqlite;

/**
 * A store file could not be opened, read or written. The message names the file and, for a read or
 * write, the tenant; the SQLite error is kept as the cause.
 */
public final class SqliteStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SqliteStoreException(String message) {
        super(message);
    }

    public SqliteStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
