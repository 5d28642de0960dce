package com.techroute.engine.assignment;

import com.techroute.engine.batch.BatchAssigner;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.json.EngineJson;
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.tenant.UnknownReferenceException;
import com.techroute.engine.workload.WorkloadSnapshot;
import com.techroute.engine.workload.Workloads;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns tickets of one tenant and records the outcome: the path the Service Bus function, the local
 * runner and the replay all call.
 *
 * <p>A ticket assigned before is not decided again, so a redelivered message yields one assignment.
 * Tickets passed together are solved jointly. Each assignment is stored with its audit record in one
 * store step; a ticket nobody can take goes to the unassigned queue with its reasons.
 */
public final class AssignmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AssignmentService.class);
    /** Actor name written to audit records of the engine's own decisions. */
    public static final String ENGINE_ACTOR = "engine";

    private final TenantStore store;
    private final Clock clock;

    public AssignmentService(TenantStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Assigns one ticket.
     *
     * @throws InvalidTicketException when the tenant or the ticket's client is unknown
     */
    public AssignmentResult assign(TenantId tenant, Ticket ticket) {
        return assignBatch(tenant, List.of(ticket)).get(0);
    }

    /**
     * Assigns tickets that arrived together, jointly.
     *
     * @return one result per ticket, in the order given; a ticket id given twice yields one decision
     * @throws InvalidTicketException when the tenant or a ticket's client is unknown; nothing is recorded then
     */
    public List<AssignmentResult> assignBatch(TenantId tenant, List<Ticket> tickets) {
        TenantProfile profile = store.findTenant(tenant).orElseThrow(() -> new InvalidTicketException(String.format(
                "Tenant (%s) is not set up. Create the tenant before sending its tickets.", tenant)));
        Map<String, AssignmentResult> done = new LinkedHashMap<>();
        Map<String, TicketContext> fresh = new LinkedHashMap<>();
        for (Ticket ticket : tickets) {
            Optional<Assignment> existing = store.currentAssignment(tenant, ticket.id());
            if (existing.isPresent()) {
                done.put(ticket.id().value(), new AssignmentResult(ticket, null, existing.get(), true));
            } else {
                fresh.putIfAbsent(ticket.id().value(), context(profile, tenant, ticket));
            }
        }
        if (!fresh.isEmpty()) {
            Instant now = clock.instant();
            List<TicketContext> contexts = new ArrayList<>(fresh.values());
            List<Decision> decisions = new BatchAssigner(new DecisionEngine(profile))
                    .assign(contexts, roster(tenant, now), now);
            for (int i = 0; i < contexts.size(); i++) {
                Ticket ticket = contexts.get(i).ticket();
                store.saveTicket(tenant, ticket);
                done.put(ticket.id().value(), record(tenant, ticket, decisions.get(i), now));
            }
        }
        List<AssignmentResult> results = new ArrayList<>(tickets.size());
        for (Ticket ticket : tickets) {
            results.add(done.get(ticket.id().value()));
        }
        return results;
    }

    /** Builds the roster of a tenant at {@code now}, with workload derived from its assignments. */
    public Roster roster(TenantId tenant, Instant now) {
        WorkloadSnapshot workload = Workloads.derive(store.openAssignments(tenant),
                store.assignmentsSince(tenant, now.minus(Workloads.AFFINITY_WINDOW)), now);
        return Roster.of(store.technicians(tenant), workload, now);
    }

    private TicketContext context(TenantProfile profile, TenantId tenant, Ticket ticket) {
        Client client = store.findClient(tenant, ticket.client()).orElseThrow(() -> new InvalidTicketException(
                String.format("Ticket (%s) names client (%s), which tenant (%s) does not have. Add the client first.",
                        ticket.id(), ticket.client(), tenant)));
        try {
            return TicketContext.of(profile, ticket, client);
        } catch (UnknownReferenceException e) {
            throw new InvalidTicketException(e.getMessage(), e);
        }
    }

    private AssignmentResult record(TenantId tenant, Ticket ticket, Decision decision, Instant now) {
        String detail = EngineJson.write(decision);
        if (!decision.assigned()) {
            AuditEntry audit = new AuditEntry("unassigned|" + tenant + "|" + ticket.id() + "|" + now, tenant, now,
                    AuditKind.TICKET_UNASSIGNED, ticket.id().value(), ENGINE_ACTOR, detail);
            store.recordUnassigned(tenant, new UnassignedTicket(tenant, ticket, decision, now), audit);
            LOG.info("Ticket unassigned (tenant={}, ticket={}, exclusions={})", tenant, ticket.id(),
                    decision.exclusionCounts());
            return new AssignmentResult(ticket, decision, null, false);
        }
        String id = Assignment.idFor(tenant, ticket.id(), 0);
        Assignment assignment = new Assignment(id, tenant, ticket.id(), ticket.client(), decision.technician(), now,
                decision.expectedStart(), ticket.effort(), AssignmentStatus.OPEN, null, 0);
        AuditEntry audit = new AuditEntry("assigned|" + id, tenant, now, AuditKind.TICKET_ASSIGNED,
                ticket.id().value(), ENGINE_ACTOR, detail);
        Assignment stored = store.recordAssignment(tenant, assignment, audit);
        boolean duplicate = !stored.equals(assignment);
        if (LOG.isInfoEnabled()) {
            LOG.info("Ticket assigned (tenant={}, ticket={}, technician={}, score={}, duplicate={})", tenant,
                    ticket.id(), stored.technician(), String.format("%.3f", decision.score()), duplicate);
        }
        return new AssignmentResult(ticket, duplicate ? null : decision, stored, duplicate);
    }
}
