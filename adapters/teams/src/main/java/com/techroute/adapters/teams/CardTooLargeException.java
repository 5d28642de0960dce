package com.techroute.adapters.teams;

/** A Teams message that stays over the size limit after every trimming step. */
public final class CardTooLargeException extends IllegalStateException {

    private final int bytes;
    private final int limit;

    public CardTooLargeException(String what, int bytes, int limit) {
        super(String.format("%s is %d bytes after trimming, over the limit of %d bytes. Shorten the override base"
                + " URL or the names on the card.", what, bytes, limit));
        this.bytes = bytes;
        this.limit = limit;
    }

    /** Returns the size of the smallest form of the message, in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Returns the limit it exceeds, in bytes. */
    public int limit() {
        return limit;
    }
}
