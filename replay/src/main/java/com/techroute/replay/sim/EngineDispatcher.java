package com.techroute.replay.sim;

import com.techroute.engine.assignment.AssignmentResult;
import com.techroute.engine.assignment.AssignmentService;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.port.TenantStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engine strategy: tickets go through {@link AssignmentService#assignBatch}, the path the Azure
 * function calls, with the clock set to simulated time. Finished tickets are closed in the store, so
 * the workload the engine derives falls.
 *
 * <p>Only waiting tickets that a technician with the required skill could take, by capacity and shifts
 * (see {@link RetryIndex}), go back to the engine, at most {@link #RETRY_BATCH} at a time as one
 * batch. This keeps a long unassigned queue from costing a full decision per waiting ticket at every
 * event. The simulator's queues carry the same open effort as the engine's store, because both count
 * the planned effort of assignments until they finish.
 */
public final class EngineDispatcher implements Dispatcher {

    /** Strategy name in the report. */
    public static final String NAME = "engine";
    /**
     * Most waiting tickets retried as one joint batch. Smaller than the baselines' chunk, because every
     * ticket of a batch that the engine cannot place costs a full explanation of why.
     */
    public static final int RETRY_BATCH = 4;

    private final TenantStore store;
    private final TenantId tenant;
    private final AssignmentService service;
    private final SimulatedClock clock;
    private final Map<TechnicianId, String> personById;

    /**
     * Creates the dispatcher over a store that already contains the tenant's profile, technicians and clients.
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

    /** Returns the store the dispatcher records assignments in. */
    public TenantStore store() {
        return store;
    }

    /** Returns the log person token of each technician id. */
    public Map<TechnicianId, String> personById() {
        return personById;
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
                placement.place(tickets.get(i), person, result.assignment().expectedStart(), result.assignment().id());
            }
        }
    }

    @Override
    public List<SimTicket> retryable(WaitingTickets waiting, Instant now, Workforce workforce) {
        return waiting.candidates(workforce.retryIndex(now, true), RETRY_BATCH);
    }

    @Override
    public void finished(Job job) {
        store.updateAssignmentStatus(tenant, job.assignmentId(), AssignmentStatus.CLOSED, job.finish());
    }
}
