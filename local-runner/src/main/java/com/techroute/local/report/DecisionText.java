package com.techroute.local.report;

import com.techroute.engine.assignment.AssignmentResult;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.FactorContribution;
import com.techroute.engine.decision.RunnerUp;
import com.techroute.engine.decision.Shortfall;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Ticket;
import java.io.PrintWriter;
import java.util.Map;

/** Prints the outcome of assigning a ticket for a person: who, when, why, and who came next. */
public final class DecisionText {

    private final Map<TechnicianId, Technician> technicians;

    /** Creates a printer that shows technicians by id and name. */
    public DecisionText(Map<TechnicianId, Technician> technicians) {
        this.technicians = Map.copyOf(technicians);
    }

    /** Prints one result. {@code client} may be null when unknown. */
    public void print(PrintWriter out, AssignmentResult result, Client client) {
        Ticket ticket = result.ticket();
        out.printf("Ticket %s: %s%n", ticket.id(), ticket.summary().isEmpty() ? "(no summary)" : ticket.summary());
        out.printf("  client %s, priority %s, category %s%n", client == null ? ticket.client() : clientText(client),
                ticket.priority(), ticket.category());
        if (result.duplicate()) {
            out.printf("  already assigned to %s at %s; nothing changed.%n",
                    Words.technician(result.assignment().technician(), technicians), result.assignment().assignedAt());
            return;
        }
        Decision decision = result.decision();
        out.printf("  required skills: %s%n", Words.requirements(decision.requirements()));
        out.printf("  SLA respond by %s, resolve by %s%n", decision.deadlines().respondBy(),
                decision.deadlines().resolveBy());
        if (result.assigned()) {
            printAssigned(out, decision);
        } else {
            printQueued(out, decision);
        }
    }

    private void printAssigned(PrintWriter out, Decision decision) {
        Technician chosen = technicians.get(decision.technician());
        out.printf("  ASSIGNED to %s, score %.3f%n", Words.technician(decision.technician(), technicians),
                decision.score());
        out.printf("  expected start %s%n", Words.instantFor(decision.expectedStart(), chosen));
        out.printf("  %-20s %6s %7s %13s%n", "factor", "value", "weight", "contribution");
        for (FactorContribution factor : decision.contributions()) {
            out.printf("  %-20s %6.3f %7.2f %13.3f%n", Words.words(factor.factor()), factor.value(), factor.weight(),
                    factor.contribution());
        }
        RunnerUp runnerUp = decision.runnerUp();
        if (runnerUp == null) {
            out.println("  runner-up: none; no other technician was eligible");
        } else {
            out.printf("  runner-up %s, score %.3f, margin %.3f%n", Words.technician(runnerUp.technician(), technicians),
                    runnerUp.score(), runnerUp.margin());
            if (runnerUp.margin() < 0) {
                out.println("    (negative: the batch gave the higher-scoring technician to another ticket)");
            }
        }
        out.printf("  eligible %d of %d; excluded by reason (one technician may fail several): %s%n", decision.eligible(), decision.considered(),
                Words.exclusionCounts(decision.exclusionCounts()));
    }

    private void printQueued(PrintWriter out, Decision decision) {
        out.printf("  QUEUED: none of %d technicians is eligible; the ticket waits in the unassigned queue.%n",
                decision.considered());
        out.printf("  excluded by reason: %s%n", Words.exclusionCounts(decision.exclusionCounts()));
        printClosest(out, decision, technicians);
    }

    /** Prints the closest candidates of an unassignable decision and what each lacks. */
    static void printClosest(PrintWriter out, Decision decision, Map<TechnicianId, Technician> technicians) {
        out.println("  closest candidates:");
        for (Shortfall shortfall : decision.closestCandidates()) {
            out.printf("    %s%n", Words.shortfall(shortfall, technicians));
        }
    }

    static String clientText(Client client) {
        return String.format("%s (%s, tier %s)", client.id(), client.name(), client.tier());
    }
}
