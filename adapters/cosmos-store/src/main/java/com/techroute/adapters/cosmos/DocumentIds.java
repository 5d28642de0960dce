package com.techroute.adapters.cosmos;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Turns record ids into Cosmos DB item ids.
 *
 * <p>Cosmos DB rejects {@code / \ ? #} in an item id and limits its length. Letters, digits and
 * {@code . _ - : @ |} are kept as they are; every other character is percent-encoded as UTF-8, so the
 * result is ASCII and two different record ids never give the same item id. An encoded id longer than
 * {@link #MAX_LENGTH} characters is cut to its first {@value #KEPT_PREFIX} characters, followed by
 * {@code ~} and the SHA-256 of the record id in hex. Because {@code ~} is always encoded, such a
 * shortened id cannot equal the item id of another record.
 */
final class DocumentIds {

    /** Maximum length of an item id this store writes: the service's old limit, under today's 1,023 bytes. */
    static final int MAX_LENGTH = 255;

    static final int KEPT_PREFIX = 180;

    private static final char HASH_MARK = '~';

    private DocumentIds() {
    }

    /**
     * Returns the item id of a record id.
     *
     * @throws IllegalArgumentException when the record id is empty
     */
    static String of(String recordId) {
        Objects.requireNonNull(recordId, "record id must not be null");
        if (recordId.isEmpty()) {
            throw new IllegalArgumentException("Invalid record id (empty). Give the record a non-empty id.");
        }
        String encoded = encode(recordId);
        if (encoded.length() <= MAX_LENGTH) {
            return encoded;
        }
        return encoded.substring(0, KEPT_PREFIX) + HASH_MARK + sha256Hex(recordId);
    }

    private static String encode(String recordId) {
        StringBuilder out = new StringBuilder(recordId.length());
        for (byte b : recordId.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xFF;
            if (isKept(unsigned)) {
                out.append((char) unsigned);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(unsigned >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(unsigned & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isKept(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-' || c == ':' || c == '@' || c == '|';
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime; every Java 17 runtime has it", e);
        }
    }
}
