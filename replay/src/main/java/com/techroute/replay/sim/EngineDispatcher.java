package com.techroute.replay.sim;

import com.techroute.engine.assignment.AssignmentResult;
import com.techroute.engine.assignment.AssignmentService;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.decision.HardConstraints;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.RosterEntry;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.port.TenantStore;
import com.techroute.engine.tenant.TenantProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine strategy: tickets go through {@link AssignmentService#assignBatch}, the path the Azure
 * function calls, with the clock set to simulated time. Finished tickets are closed in the store, so
 * the workload the engine derives falls.
 *
 * <p>Before waiting tickets are retried, the engine's own hard constraints are checked against the
 * current roster, and only tickets that at least one technician could take go back to the engine, at
 * most {@link #MAX_RETRY_BATCH} at a time. This keeps a long unassigned queue from costing a full
 * decision per waiting ticket at every event.
 */
public final class EngineDispatcher implements Dispatcher {

    /** Strategy name in the report. */
    public static final String NAME = "engine";
    /** Most waiting tickets retried in one joint batch. */
    public static final int MAX_RETRY_BATCH = 16;

    private final TenantStore store;
    private final TenantId tenant;
    private final AssignmentService service;
    private final SimulatedClock clock;
    private final Map<TechnicianId, String> personById;
    private final Map<TicketId, TicketContext> contexts = new HashMap<>();

    /**
     * Creates the dispatcher over a store that already holds the tenant's profile, technicians and clients.
     *
     * @param personById log person token of each technician id
     */
    public EngineDispatcher(TenantStore store, TenantId tenant, SimulatedClock clock,
            Map<TechnicianId, String> personById) {
        this.store = store;
        this.tenant = tenant;
        this.clock = clock;
        this.service = new AssignmentService(store, clock);
        this.personById = Map.copyOf(personById);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void dispatch(List<SimTicket> tickets, Instant now, Workforce workforce, Placement placement) {
        clock.set(now);
        List<Ticket> batch = new ArrayList<>(tickets.size());
        for (SimTicket ticket : tickets) {
            batch.add(ticket.ticket());
        }
        List<AssignmentResult> results = service.assignBatch(tenant, batch);
        for (int i = 0; i < tickets.size(); i++) {
            AssignmentResult result = results.get(i);
            if (result.assigned()) {
                String person = personById.get(result.assignment().technician());
                contexts.remove(tickets.get(i).ticket().id());
                placement.place(tickets.get(i), person, result.assignment().expectedStart(), result.assignment().id());
            }
        }
    }

    @Override
    public List<SimTicket> retryable(List<SimTicket> waiting, Instant now, Workforce workforce) {
        if (waiting.isEmpty()) {
            return waiting;
        }
        TenantProfile profile = store.findTenant(tenant).orElseThrow();
        Roster roster = service.roster(tenant, now);
        List<SimTicket> eligible = new ArrayList<>();
        for (SimTicket ticket : waiting) {
            if (anyoneCanTake(context(profile, ticket.ticket()), roster, now)) {
                eligible.add(ticket);
                if (eligible.size() == MAX_RETRY_BATCH) {
                    break;
                }
            }
        }
        return eligible;
    }

    @Override
    public void finished(Job job) {
        store.updateAssignmentStatus(tenant, job.assignmentId(), AssignmentStatus.CLOSED, job.finish());
    }

    private TicketContext context(TenantProfile profile, Ticket ticket) {
        return contexts.computeIfAbsent(ticket.id(), id -> {
            Client client = store.findClient(tenant, ticket.client()).orElseThrow();
            return TicketContext.of(profile, ticket, client);
        });
    }

    private static boolean anyoneCanTake(TicketContext ticket, Roster roster, Instant now) {
        for (RosterEntry entry : roster.entries()) {
            if (HardConstraints.failures(ticket, entry, entry.openEffort(), now) == 0) {
                return true;
            }
        }
        return false;
    }
}
