package com.techroute.functions;

import com.techroute.adapters.teams.RebalanceSummary;
import com.techroute.adapters.teams.RebalanceSummary.MovedTicket;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.json.EngineJson;
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.Workloads;
import com.techroute.rebalancer.Move;
import com.techroute.rebalancer.RebalancePlan;
import com.techroute.rebalancer.RebalanceRequest;
import com.techroute.rebalancer.RebalanceSettings;
import com.techroute.rebalancer.Rebalancer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tenant's rebalance: plans with the {@link Rebalancer} over a snapshot of the open assignments, then
 * applies each move with optimistic concurrency. A move applies only while the ticket's current assignment
 * is still the open one of the snapshot. A ticket started, closed, overridden or reassigned since then is
 * skipped. An applied move supersedes the old revision and records the next one with a
 * {@code TICKET_REASSIGNED} audit record by actor {@value #ACTOR}, then publishes a {@code REBALANCED} event.
 *
 * <p>NOTE: a moved ticket joins the end of its new technician's queue, because the queue is worked in
 * {@code assignedAt} order; the position the plan chose within that queue is not kept.
 */
final class TenantRebalance {

    static final String ACTOR = "rebalance";
    private static final Logger LOG = LoggerFactory.getLogger(TenantRebalance.class);

    /**
     * Outcome of one tenant's rebalance.
     *
     * @param planned moves in the plan
     * @param applied moves applied
     * @param skipped moves skipped because the ticket changed while planning
     */
    record Result(int planned, int applied, int skipped) {
    }

    private final FunctionsRuntime runtime;
    private final CardSender cards;

    TenantRebalance(FunctionsRuntime runtime, CardSender cards) {
        this.runtime = runtime;
        this.cards = cards;
    }

    Result run(TenantId tenant) {
        TenantStore store = runtime.store();
        Optional<TenantProfile> profile = store.findTenant(tenant);
        Instant now = runtime.clock().instant();
        List<Assignment> open = pinOverrides(tenant, store, store.openAssignments(tenant));
        Map<String, Assignment> unstarted = new LinkedHashMap<>();
        open.stream().filter(a -> a.status() == AssignmentStatus.OPEN).forEach(a -> unstarted.put(a.ticket().value(), a));
        if (profile.isEmpty() || unstarted.isEmpty()) {
            return new Result(0, 0, 0);
        }
        Roster roster = Roster.of(store.technicians(tenant), Workloads.derive(open,
                store.assignmentsSince(tenant, now.minus(Workloads.AFFINITY_WINDOW)), now), now);
        RebalancePlan plan = new Rebalancer().rebalance(new RebalanceRequest(profile.get(), roster,
                contexts(tenant, profile.get(), unstarted.values()), now, settings()));
        if (plan.moves().isEmpty()) {
            return new Result(0, 0, 0);
        }
        List<Move> applied = TenantLocks.withLock(tenant, () -> apply(tenant, plan, unstarted, now));
        int skipped = plan.moves().size() - applied.size();
        notifyTenant(tenant, applied, skipped, now);
        return new Result(plan.moves().size(), applied.size(), skipped);
    }

    /**
     * Returns the open assignments with every ticket a dispatcher moved by hand marked as started, so the
     * rebalancer keeps it where the dispatcher put it and counts it as work ahead.
     */
    // NOTE: this reads the tenant's whole audit trail, a partition scan in Cosmos DB; a per-assignment
    // "pinned" flag would avoid it.
    static List<Assignment> pinOverrides(TenantId tenant, TenantStore store, List<Assignment> open) {
        Set<String> overridden = new HashSet<>();
        for (AuditEntry entry : store.audit(tenant)) {
            if (entry.kind() == AuditKind.TICKET_REASSIGNED && !ACTOR.equals(entry.actor())) {
                overridden.add(entry.id());
            }
        }
        List<Assignment> result = new ArrayList<>(open.size());
        for (Assignment assignment : open) {
            boolean pinned = assignment.status() == AssignmentStatus.OPEN
                    && overridden.contains(Reassignments.auditId(assignment));
            result.add(pinned ? assignment.withStatus(AssignmentStatus.STARTED, null) : assignment);
        }
        return result;
    }

    private RebalanceSettings settings() {
        AppSettings settings = runtime.settings();
        return RebalanceSettings.DEFAULT.withMaxMoves(settings.rebalanceMaxMoves())
                .withTimeLimit(settings.rebalanceTimeLimit());
    }

    private List<TicketContext> contexts(TenantId tenant, TenantProfile profile, Iterable<Assignment> unstarted) {
        List<TicketContext> contexts = new ArrayList<>();
        for (Assignment assignment : unstarted) {
            Ticket ticket = runtime.store().findTicket(tenant, assignment.ticket()).orElseThrow(() ->
                    new IllegalStateException(String.format("Assignment (%s) of tenant (%s) names ticket (%s), which"
                            + " the store lacks. Save the ticket or close the assignment.", assignment.id(), tenant,
                            assignment.ticket())));
            Client client = runtime.store().findClient(tenant, ticket.client()).orElseThrow(() ->
                    new IllegalStateException(String.format("Ticket (%s) of tenant (%s) names client (%s), which the"
                            + " store lacks. Add the client.", ticket.id(), tenant, ticket.client())));
            contexts.add(TicketContext.of(profile, ticket, client));
        }
        return contexts;
    }

    private List<Move> apply(TenantId tenant, RebalancePlan plan, Map<String, Assignment> snapshot, Instant now) {
        List<Move> applied = new ArrayList<>();
        for (Move move : plan.moves()) {
            Assignment planned = snapshot.get(move.ticket().value());
            Optional<Assignment> current = runtime.store().currentAssignment(tenant, move.ticket());
            if (planned == null || current.isEmpty() || !current.get().equals(planned)) {
                LOG.info("Rebalance of tenant ({}) skipped ticket ({}): it changed while planning", tenant, move.ticket());
                continue;
            }
            runtime.store().updateAssignmentStatus(tenant, planned.id(), AssignmentStatus.SUPERSEDED, now);
            Assignment next = next(planned, move.to(), now);
            Assignment stored = runtime.store().recordAssignment(tenant, next, audit(next, move));
            if (!stored.equals(next)) {
                LOG.info("Rebalance of tenant ({}) skipped ticket ({}): another change was recorded first", tenant,
                        move.ticket());
                continue;
            }
            applied.add(move);
            publish(next);
        }
        return applied;
    }

    private static Assignment next(Assignment current, TechnicianId to, Instant now) {
        int revision = current.revision() + 1;
        return new Assignment(Assignment.idFor(current.tenant(), current.ticket(), revision), current.tenant(),
                current.ticket(), current.client(), to, now, null, current.effort(), AssignmentStatus.OPEN, null,
                revision);
    }

    private static AuditEntry audit(Assignment next, Move move) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", move.from().value());
        detail.put("to", move.to().value());
        detail.put("scoreChange", move.scoreChange());
        detail.put("factorChanges", move.factorChanges());
        detail.put("fixes", move.fixes());
        return new AuditEntry("reassigned|" + next.id(), next.tenant(), next.assignedAt(), AuditKind.TICKET_REASSIGNED,
                next.ticket().value(), ACTOR, EngineJson.write(detail));
    }

    private void publish(Assignment next) {
        try {
            runtime.outbox().publishAssignment(AssignmentEvent.of(AssignmentEvent.Kind.REBALANCED, next, ACTOR));
        } catch (RuntimeException e) {
            // NOTE: the move is saved but its event is lost; the next run plans from the saved state.
            LOG.error("Failed to publish the event of assignment ({}) of tenant ({}); the move stands", next.id(),
                    next.tenant(), e);
        }
    }

    private void notifyTenant(TenantId tenant, List<Move> applied, int skipped, Instant now) {
        if (applied.isEmpty() && skipped == 0) {
            return;
        }
        Map<TechnicianId, String> names = CardSender.names(runtime.store().technicians(tenant));
        List<MovedTicket> moved = applied.stream().map(move -> new MovedTicket(move.ticket(),
                names.getOrDefault(move.from(), move.from().value()), names.getOrDefault(move.to(), move.to().value()),
                move.scoreChange())).toList();
        double change = applied.stream().mapToDouble(Move::scoreChange).sum();
        cards.rebalanced(tenant, new RebalanceSummary(tenant, now, moved, skipped, change));
    }
}
