package com.techroute.engine.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A ticket to assign.
 *
 * @param id identifier within the tenant, usually the PSA ticket number
 * @param client client company the ticket is for
 * @param summary one-line summary, for the dispatcher; may be empty
 * @param category PSA board / type / subtype
 * @param priority P1 to P4
 * @param requiredSkills skills with minimum levels; when empty, the tenant's category rules supply them
 * @param effort estimated working time to resolve, positive
 * @param createdAt when the ticket was opened in the PSA; SLA clocks start here
 * @param language ISO 639-1 code of the language the requester uses, or null when unknown
 */
public record Ticket(TicketId id, ClientId client, String summary, Category category, Priority priority,
        List<SkillRequirement> requiredSkills, Duration effort, Instant createdAt, String language) {

    public Ticket {
        Objects.requireNonNull(id, "ticket id must not be null");
        Objects.requireNonNull(client, () -> "Ticket (" + id + ") has no client. Set the client id.");
        summary = summary == null ? "" : summary.strip();
        Objects.requireNonNull(category, () -> "Ticket (" + id + ") has no category. Set at least the board.");
        Objects.requireNonNull(priority, () -> "Ticket (" + id + ") has no priority. Set P1 to P4.");
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        Objects.requireNonNull(effort, () -> "Ticket (" + id + ") has no effort estimate. Set one, such as PT1H.");
        if (effort.isNegative() || effort.isZero()) {
            throw new IllegalArgumentException(String.format(
                    "Ticket (%s) has effort (%s). Set a positive estimate, such as PT1H.", id, effort));
        }
        Objects.requireNonNull(createdAt, () -> "Ticket (" + id + ") has no creation time. Set createdAt.");
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    /** Returns a copy with other required skills. */
    public Ticket withRequiredSkills(List<SkillRequirement> skills) {
        return new Ticket(id, client, summary, category, priority, skills, effort, createdAt, language);
    }
}
