package com.techroute.adapters.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Adaptive Card 1.4 building blocks. Text from tickets and technicians goes into {@code TextRun}
 * elements, which Teams shows as plain text: a {@code TextBlock} would render Markdown in a ticket
 * summary, such as a link.
 */
final class CardElements {

    static final String CARD_VERSION = "1.4";
    static final String CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private CardElements() {
    }

    /** Creates an empty card of version 1.4 with a body array. */
    static ObjectNode card() {
        ObjectNode card = TeamsMessages.JSON.createObjectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", CARD_SCHEMA);
        card.put("version", CARD_VERSION);
        card.putArray("body");
        return card;
    }

    /** Adds a heading line. */
    static void heading(ObjectNode card, String text) {
        ObjectNode block = richText(card);
        ObjectNode run = run(block, text);
        run.put("weight", "Bolder");
        run.put("size", "Medium");
    }

    /** Adds a line of subtle text. */
    static void subtle(ObjectNode card, String text) {
        run(richText(card), text).put("isSubtle", true);
    }

    /** Adds a line of plain text. */
    static void line(ObjectNode card, String text) {
        run(richText(card), text);
    }

    /** Adds a line with a bold label followed by a value. */
    static void labelled(ObjectNode card, String label, String value) {
        ObjectNode block = richText(card);
        run(block, label + ": ").put("weight", "Bolder");
        run(block, value);
    }

    /** Adds an {@code Action.OpenUrl} button. */
    static void openUrl(ObjectNode card, String title, URI url) {
        ArrayNode actions = card.has("actions") ? (ArrayNode) card.get("actions") : card.putArray("actions");
        ObjectNode action = actions.addObject();
        action.put("type", "Action.OpenUrl");
        action.put("title", title);
        action.put("url", url.toString());
    }

    /** Cuts text to at most {@code max} characters, ending with an ellipsis when cut. */
    static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end) + "\u2026";
    }

    /** Formats an instant as {@code 2026-03-10 09:30 UTC}, or a dash for null. */
    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    /** Formats a score with two decimals and a sign. */
    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    /** Turns an enum constant such as {@code MISSING_SKILL} into {@code missing skill}. */
    static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static ObjectNode richText(ObjectNode card) {
        ObjectNode block = ((ArrayNode) card.get("body")).addObject();
        block.put("type", "RichTextBlock");
        block.putArray("inlines");
        return block;
    }

    private static ObjectNode run(ObjectNode block, String text) {
        ObjectNode run = ((ArrayNode) block.get("inlines")).addObject();
        run.put("type", "TextRun");
        run.put("text", text);
        return run;
    }
}
