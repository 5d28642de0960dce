package com.techroute.functions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.adapters.teams.AssignmentCard;
import com.techroute.adapters.teams.AssignmentNotice;
import com.techroute.adapters.teams.NotificationResult;
import com.techroute.adapters.teams.RebalanceSummary;
import com.techroute.adapters.teams.RebalanceSummaryCard;
import com.techroute.adapters.teams.UnassignedCard;
import com.techroute.adapters.teams.UnassignedNotice;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentResult;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.json.EngineJson;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the Teams cards of one function invocation and audits every card that did not go out as
 * {@code NOTIFICATION_FAILED}. A card that cannot be built, signed or posted is audited instead of
 * thrown, so it never blocks or undoes the work it reports.
 *
 * <p>After one failed post to a tenant's channel, later cards of that tenant in the same invocation are
 * not posted (and are audited), so a dead webhook does not hold a whole batch through every retry.
 */
final class CardSender {

    private static final Logger LOG = LoggerFactory.getLogger(CardSender.class);

    private final FunctionsRuntime runtime;
    private final String actor;
    private final Set<TenantId> failedTenants = new HashSet<>();

    CardSender(FunctionsRuntime runtime, String actor) {
        this.runtime = runtime;
        this.actor = actor;
    }

    /** Sends the card of a fresh assignment, with a signed override link. */
    void assigned(TenantId tenant, AssignmentResult result, Map<TechnicianId, String> names) {
        Assignment assignment = result.assignment();
        Decision decision = result.decision();
        send(tenant, assignment.id(), "assignment card of ticket " + assignment.ticket(), () -> {
            String token = runtime.overrideTokens().issue(tenant, assignment.ticket(), assignment.id());
            URI link = OverrideTokens.link(runtime.settings().overrideBaseUrl(), tenant, assignment.ticket(), token);
            String runnerUp = decision.runnerUp() == null ? null : names.get(decision.runnerUp().technician());
            AssignmentNotice notice = new AssignmentNotice(tenant, result.ticket(), clientName(tenant, result),
                    names.get(assignment.technician()), decision, runnerUp, link);
            return new AssignmentCard().message(notice);
        });
    }

    /** Sends the alert for a ticket that went to the unassigned queue. */
    void unassigned(TenantId tenant, AssignmentResult result, Map<TechnicianId, String> names) {
        String key = "unassigned|" + result.ticket().id() + "|" + result.decision().decidedAt();
        send(tenant, key, "unassigned card of ticket " + result.ticket().id(), () -> new UnassignedCard().message(
                new UnassignedNotice(tenant, result.ticket(), clientName(tenant, result), result.decision(), names)));
    }

    /** Sends a tenant's rebalance summary. */
    void rebalanced(TenantId tenant, RebalanceSummary summary) {
        send(tenant, "rebalance|" + summary.ranAt(), "rebalance summary",
                () -> new RebalanceSummaryCard().message(summary));
    }

    /** Returns the display names of a tenant's technicians by id. */
    static Map<TechnicianId, String> names(Iterable<Technician> technicians) {
        Map<TechnicianId, String> names = new HashMap<>();
        technicians.forEach(technician -> names.put(technician.id(), technician.name()));
        return names;
    }

    private String clientName(TenantId tenant, AssignmentResult result) {
        return runtime.store().findClient(tenant, result.ticket().client()).map(Client::name).orElse(null);
    }

    private void send(TenantId tenant, String key, String what, Supplier<ObjectNode> message) {
        if (failedTenants.contains(tenant)) {
            audit(tenant, key, what, NotificationResult.failedBeforePost(
                    "not posted after an earlier failure to the same channel in this invocation"));
            return;
        }
        NotificationResult result;
        try {
            result = runtime.teams().send(tenant, message.get());
        } catch (RuntimeException e) {
            // Building the card reads the store and signs a link; any failure there must not undo the work.
            LOG.warn("Failed to build the {} of tenant ({}): {}", what, tenant, e.toString());
            result = NotificationResult.failedBeforePost("card not built: " + e.getMessage());
        }
        if (result.failed()) {
            failedTenants.add(tenant);
            audit(tenant, key, what, result);
        }
    }

    private void audit(TenantId tenant, String key, String what, NotificationResult result) {
        Map<String, Object> detail = Map.of("card", what, "attempts", result.attempts(), "lastStatus",
                result.lastStatus(), "detail", result.detail());
        AuditEntry entry = new AuditEntry("notification-failed|" + key, tenant, runtime.clock().instant(),
                AuditKind.NOTIFICATION_FAILED, key, actor, EngineJson.write(detail));
        LOG.warn("Teams {} of tenant ({}) not delivered: {}", what, tenant, result.detail());
        try {
            runtime.store().appendAudit(tenant, entry);
        } catch (RuntimeException e) {
            LOG.error("Failed to audit the undelivered {} of tenant ({})", what, tenant, e);
        }
    }
}
