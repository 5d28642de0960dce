package com.techroute.replay.rebalance;

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
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.Workloads;
import com.techroute.rebalancer.Move;
import com.techroute.rebalancer.RebalancePlan;
import com.techroute.rebalancer.RebalanceRequest;
import com.techroute.rebalancer.RebalanceSettings;
import com.techroute.rebalancer.Rebalancer;
import com.techroute.replay.sim.Job;
import com.techroute.replay.sim.RebalanceStats;
import com.techroute.replay.sim.Rebalancing;
import com.techroute.replay.sim.SimTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine strategy's periodic rebalance: plans with the {@link Rebalancer} over the store's open
 * assignments, as the Functions app's {@code RebalanceWorkload} timer does, and records each move in the
 * store. A move supersedes the ticket's assignment and records the next revision, assigned now, with a
 * {@code TICKET_REASSIGNED} audit record by actor {@value #ACTOR}.
 *
 * <p>Before planning, the jobs whose simulated work has begun are marked {@code STARTED} in the store, so
 * the rebalancer keeps them where they are. The store's queues are ordered by assignment time, so a moved
 * ticket joins the end of its new technician's queue, as in the Functions app.
 */
public final class EngineRebalancing implements Rebalancing {

    /** Strategy name in the report. */
    public static final String NAME = "engine + rebalance";
    /** Actor of the audit records of moves. */
    public static final String ACTOR = "rebalance";

    private final TenantStore store;
    private final TenantId tenant;
    private final Map<TechnicianId, String> personById;
    private final ReplayRebalance options;
    private RebalanceStats stats = RebalanceStats.NONE;

    /**
     * Creates the rebalance of the engine strategy's store.
     *
     * @param personById log person token of each technician id
     */
    public EngineRebalancing(TenantStore store, TenantId tenant, Map<TechnicianId, String> personById,
            ReplayRebalance options) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.tenant = Objects.requireNonNull(tenant, "tenant must not be null");
        this.personById = Map.copyOf(personById);
        this.options = Objects.requireNonNull(options, "options must not be null");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration every() {
        return options.every();
    }

    @Override
    public RebalanceStats stats() {
        return stats;
    }

    @Override
    public List<Reassignment> rebalance(Instant now, List<Job> started, List<Job> unstarted) {
        markStarted(started);
        if (unstarted.isEmpty()) {
            stats = stats.plus(false, 0, Duration.ZERO);
            return List.of();
        }
        TenantProfile profile = store.findTenant(tenant).orElseThrow(() -> new IllegalStateException(
                "Tenant (" + tenant + ") is not in the replay's store. Save the profile before rebalancing."));
        List<Assignment> open = store.openAssignments(tenant);
        Roster roster = Roster.of(store.technicians(tenant), Workloads.derive(open,
                store.assignmentsSince(tenant, now.minus(Workloads.AFFINITY_WINDOW)), now), now);
        RebalancePlan plan = new Rebalancer().rebalance(new RebalanceRequest(profile, roster,
                contexts(profile, open), now, options.solverSettings()));
        List<Reassignment> moves = apply(plan, unstarted, now);
        stats = stats.plus(true, moves.size(), plan.solverTime());
        return moves;
    }

    private void markStarted(List<Job> started) {
        for (Job job : started) {
            Assignment current = store.currentAssignment(tenant, job.ticket().ticket().id()).orElse(null);
            if (current != null && current.status() == AssignmentStatus.OPEN) {
                store.updateAssignmentStatus(tenant, current.id(), AssignmentStatus.STARTED, job.start());
            }
        }
    }

    private List<TicketContext> contexts(TenantProfile profile, List<Assignment> open) {
        List<TicketContext> contexts = new ArrayList<>();
        for (Assignment assignment : open) {
            if (assignment.status() != AssignmentStatus.OPEN) {
                continue;
            }
            Ticket ticket = store.findTicket(tenant, assignment.ticket()).orElseThrow(() -> new IllegalStateException(
                    "Assignment (" + assignment.id() + ") names ticket (" + assignment.ticket() + "), which the"
                            + " replay's store lacks."));
            Client client = store.findClient(tenant, ticket.client()).orElseThrow(() -> new IllegalStateException(
                    "Ticket (" + ticket.id() + ") names client (" + ticket.client() + "), which the replay's store"
                            + " lacks."));
            contexts.add(TicketContext.of(profile, ticket, client));
        }
        return contexts;
    }

    private List<Reassignment> apply(RebalancePlan plan, List<Job> unstarted, Instant now) {
        Map<String, SimTicket> byTicket = new HashMap<>();
        unstarted.forEach(job -> byTicket.put(job.ticket().ticket().id().value(), job.ticket()));
        List<Reassignment> moves = new ArrayList<>();
        for (Move move : plan.moves()) {
            SimTicket ticket = byTicket.get(move.ticket().value());
            Assignment current = store.currentAssignment(tenant, move.ticket()).orElse(null);
            if (ticket == null || current == null || current.status() != AssignmentStatus.OPEN) {
                throw new IllegalStateException("The rebalancer moved ticket (" + move.ticket() + "), which the"
                        + " simulation has not left unstarted.");
            }
            store.updateAssignmentStatus(tenant, current.id(), AssignmentStatus.SUPERSEDED, now);
            Assignment next = next(current, move.to(), now);
            store.recordAssignment(tenant, next, new AuditEntry("reassigned|" + next.id(), tenant, now,
                    AuditKind.TICKET_REASSIGNED, next.ticket().value(), ACTOR, "{}"));
            moves.add(new Reassignment(ticket, personById.get(move.to()), next.id()));
        }
        return moves;
    }

    private static Assignment next(Assignment current, TechnicianId to, Instant now) {
        int revision = current.revision() + 1;
        return new Assignment(Assignment.idFor(current.tenant(), current.ticket(), revision), current.tenant(),
                current.ticket(), current.client(), to, now, null, current.effort(), AssignmentStatus.OPEN, null,
                revision);
    }
}
