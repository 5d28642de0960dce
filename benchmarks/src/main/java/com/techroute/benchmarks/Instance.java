package com.techroute.benchmarks;

import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.WorkloadSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * One generated tenant at one instant: what the engine needs to decide tickets.
 *
 * @param profile tenant settings
 * @param clients the tenant's clients
 * @param technicians the tenant's technicians
 * @param workload each technician's open work and recent history
 * @param tickets tickets created shortly before {@code asOf}, with requirements and deadlines worked out
 * @param asOf the decision instant
 */
public record Instance(TenantProfile profile, List<Client> clients, List<Technician> technicians,
        WorkloadSnapshot workload, List<TicketContext> tickets, Instant asOf) {

    public Instance {
        clients = List.copyOf(clients);
        technicians = List.copyOf(technicians);
        tickets = List.copyOf(tickets);
    }

    /** Builds the roster for decisions at {@code asOf}. */
    public Roster roster() {
        return Roster.of(technicians, workload, asOf);
    }
}
