package com.techroute.engine.assignment;

import com.techroute.engine.domain.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One record of the audit trail.
 *
 * @param id unique id; a step that is retried writes the same id, so the trail contains it once
 * @param tenant tenant id
 * @param at when it happened
 * @param kind what happened
 * @param subject what it happened to, usually a ticket id
 * @param actor who acted: {@code engine}, a dispatcher's name, or a function name
 * @param detailJson the decision or reason as JSON
 */
public record AuditEntry(String id, TenantId tenant, Instant at, AuditKind kind, String subject, String actor,
        String detailJson) {

    public AuditEntry {
        Objects.requireNonNull(id, "audit id must not be null");
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        detailJson = detailJson == null ? "{}" : detailJson;
    }
}
