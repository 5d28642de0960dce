package com.techroute.functions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.json.EngineJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the canonical ticket message, checked against {@code docs/ticket-message.schema.json}
 * (JSON Schema 2020-12) and then against the engine's own rules. Reasons for rejecting a message name the
 * field and the rule, never the message body. Thread-safe.
 */
public final class TicketMessages {

    /** Largest message body accepted, in bytes of UTF-8. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    static final String SCHEMA_RESOURCE = "ticket-message.schema.json";
    private static final int MAX_LISTED_ERRORS = 5;

    private final Schema schema;

    private TicketMessages(Schema schema) {
        this.schema = schema;
    }

    /** Loads the schema from the classpath. */
    public static TicketMessages load() {
        try (InputStream in = TicketMessages.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The ticket message schema (" + SCHEMA_RESOURCE + ") is missing from"
                        + " the functions jar. Rebuild the module, which copies it from docs/.");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new TicketMessages(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the ticket message schema", e);
        }
    }

    /** Outcome of reading one message body. */
    public sealed interface Parsed permits Valid, Invalid {
    }

    /** A message that passed every check. */
    public record Valid(TicketMessage message) implements Parsed {
    }

    /**
     * A message that failed a check.
     *
     * @param reason which fields broke which rules, without the body
     * @param tenant the tenant id the message names, when it names a valid one
     */
    public record Invalid(String reason, Optional<TenantId> tenant) implements Parsed {
    }

    /** Reads one message body. */
    public Parsed parse(String body) {
        if (body == null || body.isBlank()) {
            return new Invalid("message body is empty", Optional.empty());
        }
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY_BYTES) {
            return new Invalid("message body is " + bytes + " bytes, over the limit of " + MAX_BODY_BYTES,
                    Optional.empty());
        }
        JsonNode tree;
        try {
            tree = EngineJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Invalid("message body is not valid JSON" + where, Optional.empty());
        }
        Optional<TenantId> tenant = tenantOf(tree);
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        if (!errors.isEmpty()) {
            return new Invalid(describe(errors), tenant);
        }
        try {
            return new Valid(new TicketMessage(tenant.orElseThrow(), ticket((ObjectNode) tree)));
        } catch (IllegalArgumentException | DateTimeException e) {
            return new Invalid(e.getMessage(), tenant);
        }
    }

    /** Writes a message in its canonical form. */
    public String write(TicketMessage message) {
        Ticket ticket = message.ticket();
        ObjectNode node = EngineJson.mapper().createObjectNode();
        node.put("tenantId", message.tenant().value());
        node.put("id", ticket.id().value());
        node.put("client", ticket.client().value());
        node.put("summary", ticket.summary());
        ObjectNode category = node.putObject("category");
        category.put("board", ticket.category().board());
        category.put("type", ticket.category().type());
        category.put("subtype", ticket.category().subtype());
        node.put("priority", "P" + ticket.priority().level());
        ArrayNode skills = node.putArray("requiredSkills");
        ticket.requiredSkills().forEach(skill -> skills.addObject().put("skill", skill.skill())
                .put("minLevel", skill.minLevel()));
        node.put("effort", ticket.effort().toString());
        node.put("createdAt", ticket.createdAt().toString());
        node.put("language", ticket.language());
        return node.toString();
    }

    private static Optional<TenantId> tenantOf(JsonNode tree) {
        JsonNode value = tree.path("tenantId");
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TenantId.of(value.asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String describe(List<Error> errors) {
        List<String> lines = new ArrayList<>();
        for (Error error : errors.subList(0, Math.min(MAX_LISTED_ERRORS, errors.size()))) {
            lines.add(error.toString());
        }
        String more = errors.size() > MAX_LISTED_ERRORS ? "; and " + (errors.size() - MAX_LISTED_ERRORS) + " more" : "";
        return "message does not match the ticket message schema: " + String.join("; ", lines) + more;
    }

    private static Ticket ticket(ObjectNode node) {
        TicketId id = TicketId.of(node.get("id").asText());
        JsonNode category = node.get("category");
        List<SkillRequirement> skills = new ArrayList<>();
        for (JsonNode skill : node.path("requiredSkills")) {
            skills.add(new SkillRequirement(skill.get("skill").asText(), skill.get("minLevel").asInt()));
        }
        return new Ticket(id, ClientId.of(node.get("client").asText()), textOrNull(node, "summary"),
                new Category(category.get("board").asText(), textOrNull(category, "type"),
                        textOrNull(category, "subtype")),
                Priority.parse(node.get("priority").asText()), skills, duration(id, node.get("effort").asText()),
                instant(id, node.get("createdAt").asText()), textOrNull(node, "language"));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Duration duration(TicketId id, String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format("Ticket (%s) has effort (%s), which is not an ISO-8601"
                    + " duration. Write one such as PT1H30M.", id, text), e);
        }
    }

    private static Instant instant(TicketId id, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format("Ticket (%s) has createdAt (%s), which is not a valid"
                    + " ISO-8601 instant. Write one such as 2026-03-10T09:30:00Z.", id, text), e);
        }
    }
}
