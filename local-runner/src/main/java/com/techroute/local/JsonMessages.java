package com.techroute.local;

import java.util.regex.Pattern;

/** Shortens Jackson's parser messages for people. */
public final class JsonMessages {

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private JsonMessages() {
    }

    /** Drops the {@code Source: REDACTED ...} part that Jackson puts into nested locations. */
    public static String withoutSource(String message) {
        return message == null ? "" : SOURCE.matcher(message).replaceAll("[");
    }
}
