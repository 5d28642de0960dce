package com.techroute.rebalancer;

import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.OpenWork;
import com.techroute.engine.workload.TechnicianLoad;
import com.techroute.engine.workload.WorkloadSnapshot;
import com.techroute.rebalancer.domain.RebalanceSolution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a rebalance request from technicians and their queues: started work first, then unstarted
 * tickets in the order they are added.
 */
public final class Scenario {

    private final TenantProfile profile;
    private final Map<TechnicianId, Technician> technicians = new LinkedHashMap<>();
    private final Map<TechnicianId, List<OpenWork>> queues = new HashMap<>();
    private final List<TicketContext> contexts = new ArrayList<>();
    private int assigned;

    private Scenario(TenantProfile profile) {
        this.profile = profile;
    }

    public static Scenario with(TenantProfile profile) {
        return new Scenario(profile);
    }

    public Scenario technician(Technician technician) {
        technicians.put(technician.id(), technician);
        queues.put(technician.id(), new ArrayList<>());
        return this;
    }

    /** Adds started work of {@code hours} to a technician's queue. */
    public Scenario started(String technician, String ticket, double hours) {
        queueOf(technician).add(new OpenWork(TicketId.of(ticket), ClientId.of("started-client"),
                Fixtures.hours(hours), nextAssignedAt(), true));
        return this;
    }

    /** Adds an unstarted ticket at the end of a technician's queue. */
    public Scenario queued(String technician, Ticket ticket, Client client) {
        queueOf(technician).add(new OpenWork(ticket.id(), client.id(), ticket.effort(), nextAssignedAt(), false));
        contexts.add(TicketContext.of(profile, ticket, client));
        return this;
    }

    public TenantProfile profile() {
        return profile;
    }

    public List<TicketContext> contexts() {
        return List.copyOf(contexts);
    }

    public Roster roster() {
        Map<TechnicianId, TechnicianLoad> loads = new HashMap<>();
        queues.forEach((id, queue) -> loads.put(id, new TechnicianLoad(id, queue, Map.of(), 0)));
        return Roster.of(List.copyOf(technicians.values()), new WorkloadSnapshot(loads), Fixtures.NOW);
    }

    public RebalanceRequest request(RebalanceSettings settings) {
        return new RebalanceRequest(profile, roster(), contexts(), Fixtures.NOW, settings);
    }

    /** Returns the planning problem with the queues as they are. */
    public RebalanceSolution solution(RebalanceSettings settings) {
        return RebalanceProblem.build(request(settings));
    }

    private List<OpenWork> queueOf(String technician) {
        List<OpenWork> queue = queues.get(TechnicianId.of(technician));
        if (queue == null) {
            throw new IllegalArgumentException("Unknown technician (" + technician + "). Add it first.");
        }
        return queue;
    }

    private Instant nextAssignedAt() {
        assigned++;
        return Fixtures.NOW.minus(Duration.ofHours(24)).plus(Duration.ofMinutes(assigned));
    }
}
