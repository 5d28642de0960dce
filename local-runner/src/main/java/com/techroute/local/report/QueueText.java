package com.techroute.local.report;

import com.techroute.engine.assignment.UnassignedTicket;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Prints a tenant's unassigned queue: each ticket with its deadline, exclusions and closest candidates. */
public final class QueueText {

    private final Map<TechnicianId, Technician> technicians;
    private final Map<ClientId, Client> clients;

    public QueueText(Map<TechnicianId, Technician> technicians, Map<ClientId, Client> clients) {
        this.technicians = Map.copyOf(technicians);
        this.clients = Map.copyOf(clients);
    }

    /** Prints the queue as of {@code now}, marking tickets whose respond-by time has passed. */
    public void print(PrintWriter out, TenantId tenant, List<UnassignedTicket> queue, Instant now) {
        out.printf("Unassigned queue of tenant %s: %d ticket%s%n", tenant, queue.size(), queue.size() == 1 ? "" : "s");
        for (UnassignedTicket entry : queue) {
            Ticket ticket = entry.ticket();
            Decision decision = entry.decision();
            Client client = clients.get(ticket.client());
            Instant respondBy = decision.deadlines().respondBy();
            out.printf("%n%s  %s  client %s%n", ticket.id(), ticket.priority(),
                    client == null ? ticket.client() : DecisionText.clientText(client));
            out.printf("  summary: %s%n", ticket.summary().isEmpty() ? "(none)" : ticket.summary());
            out.printf("  queued at %s, respond by %s%s%n", entry.queuedAt(), respondBy,
                    respondBy.isBefore(now) ? " (overdue)" : "");
            out.printf("  required skills: %s%n", Words.requirements(decision.requirements()));
            out.printf("  excluded by reason (of %d): %s%n", decision.considered(),
                    Words.exclusionCounts(decision.exclusionCounts()));
            DecisionText.printClosest(out, decision, technicians);
        }
    }
}
