package com.techroute.replay.scenario;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.replay.ReplaySettings;
import com.techroute.replay.learn.LearnedModel;
import com.techroute.replay.sim.HandlingModel;
import com.techroute.replay.sim.SimTicket;
import java.util.List;

/**
 * Input of a replay's simulation: the tenant as the engine reads it, the learned model and the scored
 * tickets.
 *
 * @param settings the replay's settings
 * @param split the log cut into history and scored parts
 * @param tenant the replay's tenant id
 * @param profile the tenant's settings: client tiers, business hours, SLA policies, category rules
 * @param clients every customer of the log as a client with its tier
 * @param tickets the scored tickets, in arrival order; a ticket's index is its position here
 * @param historySeeds history assignments within the engine's affinity window before the scored part,
 *     closed, so the engine's affinity factor sees recent work per client
 * @param model what was learned from the history part
 * @param handling the simulated handling-time model
 */
public record ReplayScenario(ReplaySettings settings, LogSplit split, TenantId tenant, TenantProfile profile,
        List<Client> clients, List<SimTicket> tickets, List<Assignment> historySeeds, LearnedModel model,
        HandlingModel handling) {

    /** Copies the lists. */
    public ReplayScenario {
        clients = List.copyOf(clients);
        tickets = List.copyOf(tickets);
        historySeeds = List.copyOf(historySeeds);
    }

    /** Returns the number of scored tickets that require no skill because no technician has their category's. */
    public long ticketsWithoutRequirement() {
        return tickets.stream().filter(ticket -> !ticket.requiresSkill()).count();
    }

    /** Returns the number of scored tickets the log never resolved, whose handling time is their estimate. */
    public long unresolvedTickets() {
        return tickets.stream().filter(ticket -> ticket.historicalHandling() == null).count();
    }

    /** Returns the reassignments the log counts in the scored part. */
    public long reassignments() {
        return tickets.stream().mapToLong(ticket -> ticket.source().reassignmentCount()).sum();
    }

    /** Returns the number of scored tickets the log reassigned at least once. */
    public long reassignedTickets() {
        return tickets.stream().filter(ticket -> ticket.source().reassignmentCount() > 0).count();
    }

    /** Returns the number of scored tickets that nobody took in the log. */
    public long ticketsNobodyTook() {
        return tickets.stream().filter(ticket -> ticket.firstAssignee() == null).count();
    }
}
