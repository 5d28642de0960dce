package com.techroute.engine.testing;

import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds tickets for tests. By default: id {@code T-1001}, client {@code client-gold}, category
 * Service Desk / Software / Email, priority P3, no required skills, effort 1 hour, created at
 * {@link #DEFAULT_CREATED_AT}, language unknown.
 */
public final class TicketBuilder {

    /** Monday 4 March 2024, 10:00 in London (UTC that day): inside business hours. */
    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2024-03-04T10:00:00Z");

    private String id = "T-1001";
    private String client = "client-gold";
    private String summary = "Outlook does not start";
    private Category category = new Category("Service Desk", "Software", "Email");
    private Priority priority = Priority.P3_MEDIUM;
    private final List<SkillRequirement> requiredSkills = new ArrayList<>();
    private Duration effort = Duration.ofHours(1);
    private Instant createdAt = DEFAULT_CREATED_AT;
    private String language;

    private TicketBuilder() {
    }

    /** Starts a ticket with the defaults. */
    public static TicketBuilder ticket() {
        return new TicketBuilder();
    }

    /** Starts a ticket with the defaults and the given id. */
    public static TicketBuilder ticket(String id) {
        return new TicketBuilder().withId(id);
    }

    public TicketBuilder withId(String newId) {
        this.id = newId;
        return this;
    }

    public TicketBuilder withClient(String clientId) {
        this.client = clientId;
        return this;
    }

    public TicketBuilder withSummary(String newSummary) {
        this.summary = newSummary;
        return this;
    }

    /** Sets the category; {@code type} and {@code subtype} may be null. */
    public TicketBuilder withCategory(String board, String type, String subtype) {
        this.category = new Category(board, type, subtype);
        return this;
    }

    public TicketBuilder withPriority(Priority newPriority) {
        this.priority = newPriority;
        return this;
    }

    /** Adds a required skill with its minimum level. */
    public TicketBuilder withRequiredSkill(String skill, int minLevel) {
        requiredSkills.add(new SkillRequirement(skill, minLevel));
        return this;
    }

    public TicketBuilder withEffort(Duration newEffort) {
        this.effort = newEffort;
        return this;
    }

    public TicketBuilder withCreatedAt(Instant newCreatedAt) {
        this.createdAt = newCreatedAt;
        return this;
    }

    /** Sets the requester's language as an ISO 639-1 code, or null for unknown. */
    public TicketBuilder withLanguage(String code) {
        this.language = code;
        return this;
    }

    /** Builds the ticket; the record's own validation applies. */
    public Ticket build() {
        return new Ticket(TicketId.of(id), ClientId.of(client), summary, category, priority, requiredSkills, effort,
                createdAt, language);
    }
}
