package com.techroute.adapters.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Teams Workflows message envelope around an Adaptive Card, and its size.
 *
 * <p>A Workflows webhook ("When a Teams webhook request is received") takes
 * {@code {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":card}]}}.
 * Teams rejects a message over 28 KB, measured on the whole posted message.
 */
public final class TeamsMessages {

    /**
     * Largest posted message this adapter sends, in bytes of UTF-8 JSON: Teams' 28 KB limit read as
     * 28,000 bytes, the lower of the two readings of "KB".
     */
    public static final int MAX_MESSAGE_BYTES = 28_000;

    /** Content type of an Adaptive Card attachment. */
    public static final String ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    static final ObjectMapper JSON = new ObjectMapper();

    private TeamsMessages() {
    }

    /** Wraps an Adaptive Card in the message envelope that a Workflows webhook accepts. */
    public static ObjectNode envelope(ObjectNode card) {
        ObjectNode message = JSON.createObjectNode();
        message.put("type", "message");
        ArrayNode attachments = message.putArray("attachments");
        ObjectNode attachment = attachments.addObject();
        attachment.put("contentType", ADAPTIVE_CARD_CONTENT_TYPE);
        attachment.putNull("contentUrl");
        attachment.set("content", card);
        return message;
    }

    /** Serializes a message as compact JSON, the form that is posted. */
    public static String toJson(ObjectNode message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Failed to write a Teams message as JSON", e);
        }
    }

    /** Returns the size of the posted form of a message, in bytes of UTF-8. */
    public static int byteSize(ObjectNode message) {
        return toJson(message).getBytes(StandardCharsets.UTF_8).length;
    }
}
