package com.techroute.local.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The canonical ticket JSON the local runner reads: {@code id}, {@code client}, {@code summary},
 * {@code category} ({@code board}, {@code type}, {@code subtype}), {@code priority} (P1 to P4),
 * {@code requiredSkills} ({@code skill}, {@code minLevel}), {@code effort} (ISO-8601 duration),
 * {@code createdAt} (ISO-8601 instant) and {@code language} (ISO 639-1 code).
 */
final class TicketJson {

    static final Set<String> FIELDS = Set.of("id", "client", "summary", "category", "priority", "requiredSkills",
            "effort", "createdAt", "language");
    private static final Set<String> CATEGORY_FIELDS = Set.of("board", "type", "subtype");
    private static final Set<String> SKILL_FIELDS = Set.of("skill", "minLevel");

    private TicketJson() {
    }

    /**
     * Parses one ticket.
     *
     * @param where the file and position for messages, such as {@code Ticket file (a.json), ticket [1]}
     * @throws InvalidTicketFileException naming {@code where} and the field
     */
    static Ticket parse(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InvalidTicketFileException(where + " is not a JSON object. Write each ticket as {...}.");
        }
        requireKnown(node, FIELDS, where, "");
        TicketId id = convert(where, "id", text(node, "id", where, true), TicketId::of);
        String at = where + " (" + id + ")";
        ClientId client = convert(at, "client", text(node, "client", at, true), ClientId::of);
        Category category = category(node.get("category"), at);
        Priority priority = convert(at, "priority", text(node, "priority", at, true), Priority::parse);
        List<SkillRequirement> skills = skills(node.get("requiredSkills"), at);
        Duration effort = convert(at, "effort", text(node, "effort", at, true), TicketJson::duration);
        Instant createdAt = convert(at, "createdAt", text(node, "createdAt", at, true), TicketJson::instant);
        String summary = text(node, "summary", at, false);
        String language = convert(at, "language", text(node, "language", at, false), TicketJson::language);
        return convert(at, "effort", null,
                ignored -> new Ticket(id, client, summary, category, priority, skills, effort, createdAt, language));
    }

    private static Category category(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            throw missing(at, "category");
        }
        if (!node.isObject()) {
            throw new InvalidTicketFileException(String.format(
                    "%s: field (category) must be an object such as {\"board\": \"Service Desk\"}.", at));
        }
        requireKnown(node, CATEGORY_FIELDS, at, "category.");
        String board = text(node, "board", at + ": category", true);
        return convert(at, "category.board", board,
                value -> new Category(value, text(node, "type", at, false), text(node, "subtype", at, false)));
    }

    private static List<SkillRequirement> skills(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidTicketFileException(String.format("%s: field (requiredSkills) must be an array such as"
                    + " [{\"skill\": \"exchange\", \"minLevel\": 3}].", at));
        }
        List<SkillRequirement> skills = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String field = "requiredSkills[" + i + "]";
            if (!item.isObject()) {
                throw new InvalidTicketFileException(String.format(
                        "%s: field (%s) must be an object such as {\"skill\": \"exchange\", \"minLevel\": 3}.", at, field));
            }
            requireKnown(item, SKILL_FIELDS, at, field + ".");
            String skill = text(item, "skill", at + ": " + field, true);
            JsonNode level = item.get("minLevel");
            if (level == null || !level.canConvertToExactIntegral()) {
                throw new InvalidTicketFileException(String.format(
                        "%s: field (%s.minLevel) is %s. Set a whole number from 1 to 5.", at, field,
                        level == null ? "missing" : "(" + level + ")"));
            }
            skills.add(convert(at, field, skill, value -> new SkillRequirement(value, level.asInt())));
        }
        return skills;
    }

    private static String text(JsonNode node, String field, String at, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            if (required) {
                throw missing(at, field);
            }
            return null;
        }
        if (!value.isValueNode() || value.isBoolean()) {
            throw new InvalidTicketFileException(String.format(
                    "%s: field (%s) must be a string, not (%s).", at, field, value));
        }
        return value.asText();
    }

    private static InvalidTicketFileException missing(String at, String field) {
        return new InvalidTicketFileException(String.format("%s: field (%s) is missing. Set it.", at, field));
    }

    private static void requireKnown(JsonNode node, Set<String> known, String at, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidTicketFileException(String.format(
                        "%s: unknown field (%s%s). Known fields: %s.", at, prefix, name, known.stream().sorted().toList()));
            }
        }
    }

    private static <T> T convert(String at, String field, String value, Function<String, T> converter) {
        try {
            return converter.apply(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidTicketFileException(String.format("%s: field (%s): %s", at, field, e.getMessage()), e);
        }
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format(
                    "invalid duration (%s). Write an ISO-8601 duration, such as PT1H30M.", text), e);
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format(
                    "invalid instant (%s). Write an ISO-8601 instant, such as 2026-03-10T09:30:00Z.", text), e);
        }
    }

    private static String language(String text) {
        if (text != null && !text.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException(String.format(
                    "invalid language (%s). Write a two-letter ISO 639-1 code, such as en.", text));
        }
        return text;
    }
}
