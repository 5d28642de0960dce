package com.techroute.functions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.json.EngineJson;
import com.techroute.engine.port.ConsumedTokens;
import com.techroute.engine.port.TenantStore;
import com.techroute.functions.OverrideTokens.Claims;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a ticket to another technician on a dispatcher's override: supersedes the current assignment,
 * records the next revision with a {@code TICKET_REASSIGNED} audit record in one store step, consumes the
 * link's token and publishes the event.
 *
 * <p>The link is bound to the assignment it was made for, so once the ticket moved, by this override or by
 * anything else, the link changes nothing. Superseding comes first, so a retry after a failure part-way
 * (the old revision superseded, the new one not recorded) finishes the move. Of two concurrent moves, the
 * store keeps the first revision recorded and the other is reported as a conflict.
 */
final class Reassignments {

    private static final Logger LOG = LoggerFactory.getLogger(Reassignments.class);

    private final TenantStore store;
    private final ConsumedTokens tokens;
    private final Outbox outbox;
    private final Clock clock;

    Reassignments(TenantStore store, ConsumedTokens tokens, Outbox outbox, Clock clock) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.tokens = Objects.requireNonNull(tokens, "tokens must not be null");
        this.outbox = Objects.requireNonNull(outbox, "outbox must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** Outcome of an override. */
    sealed interface Outcome permits Moved, Rejected {
    }

    /**
     * The ticket moved.
     *
     * @param from the superseded assignment
     * @param to the new assignment
     * @param eventPublished whether the assignment event went out; the move stands either way
     */
    record Moved(Assignment from, Assignment to, boolean eventPublished) implements Outcome {
    }

    /**
     * Nothing changed.
     *
     * @param status HTTP status: 400 bad form, 404 unknown ticket, 409 changed meanwhile, 410 link used
     * @param reason what is wrong, for the dispatcher
     */
    record Rejected(int status, String reason) implements Outcome {
    }

    /**
     * Moves the ticket of a checked token to another technician.
     *
     * @param expectedStart when the new technician is expected to start, or null when unknown
     * @param detail facts for the audit record, such as the candidate's score
     */
    Outcome reassign(Claims claims, TechnicianId to, Instant expectedStart, String reason, String actor,
            ObjectNode detail) {
        TenantId tenant = claims.tenant();
        Optional<Assignment> found = store.currentAssignment(tenant, claims.ticket());
        if (found.isEmpty()) {
            return new Rejected(404, "Ticket " + claims.ticket() + " has no assignment.");
        }
        Assignment current = found.get();
        if (!current.id().equals(claims.assignmentId())) {
            return stale(claims);
        }
        if (current.status() == AssignmentStatus.STARTED || current.status() == AssignmentStatus.CLOSED) {
            String status = current.status().name().toLowerCase(Locale.ROOT);
            return new Rejected(409, "Ticket " + claims.ticket() + " is " + status + ", so it stays with its technician.");
        }
        if (current.technician().equals(to)) {
            return new Rejected(400, "Ticket " + claims.ticket() + " is already assigned to " + to + ". Pick another"
                    + " technician.");
        }
        Instant now = clock.instant();
        if (current.status() != AssignmentStatus.SUPERSEDED) {
            store.updateAssignmentStatus(tenant, current.id(), AssignmentStatus.SUPERSEDED, now);
        }
        Assignment next = next(current, to, expectedStart, now);
        Assignment stored = store.recordAssignment(tenant, next, audit(next, current, reason, actor, claims, detail));
        if (!stored.equals(next)) {
            LOG.warn("Override of ticket ({}) of tenant ({}) lost to another change recorded first as ({})",
                    claims.ticket(), tenant, stored.id());
            return new Rejected(409, "Another change to ticket " + claims.ticket() + " was saved first; it is now with "
                    + stored.technician() + ".");
        }
        if (!tokens.consume(tenant, claims.tokenId(), claims.expiresAt())) {
            LOG.warn("Token ({}) of tenant ({}) was consumed by another request during this override",
                    claims.tokenId(), tenant);
        }
        LOG.info("Ticket ({}) of tenant ({}) reassigned from ({}) to ({}) by override, assignment ({})",
                claims.ticket(), tenant, current.technician(), to, next.id());
        return new Moved(current, next, publish(next, actor));
    }

    private Outcome stale(Claims claims) {
        if (!tokens.consume(claims.tenant(), claims.tokenId(), claims.expiresAt())) {
            return new Rejected(410, "This link was already used. Open the ticket's newest card to change it again.");
        }
        return new Rejected(409, "Ticket " + claims.ticket() + " changed after this link was made. Open the newest"
                + " card of the ticket.");
    }

    private static Assignment next(Assignment current, TechnicianId to, Instant expectedStart, Instant now) {
        int revision = current.revision() + 1;
        return new Assignment(Assignment.idFor(current.tenant(), current.ticket(), revision), current.tenant(),
                current.ticket(), current.client(), to, now, expectedStart, current.effort(), AssignmentStatus.OPEN,
                null, revision);
    }

    /** Returns the id of the audit record that introduced an assignment revision by reassignment. */
    static String auditId(Assignment revision) {
        return "reassigned|" + revision.id();
    }

    private static AuditEntry audit(Assignment next, Assignment current, String reason, String actor, Claims claims,
            ObjectNode detail) {
        ObjectNode json = detail.deepCopy();
        json.put("from", current.technician().value());
        json.put("to", next.technician().value());
        json.put("previousAssignment", current.id());
        json.put("reason", reason);
        json.put("tokenId", claims.tokenId());
        return new AuditEntry(auditId(next), next.tenant(), next.assignedAt(), AuditKind.TICKET_REASSIGNED,
                next.ticket().value(), actor, EngineJson.write(json));
    }

    private boolean publish(Assignment next, String actor) {
        try {
            outbox.publishAssignment(AssignmentEvent.of(AssignmentEvent.Kind.REASSIGNED, next, actor));
            return true;
        } catch (RuntimeException e) {
            // NOTE: the move is saved but its event is lost, because a retry of the same link is rejected.
            LOG.error("Failed to publish the event of assignment ({}) of tenant ({}); the override stands",
                    next.id(), next.tenant(), e);
            return false;
        }
    }
}
