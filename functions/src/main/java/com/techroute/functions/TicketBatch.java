package com.techroute.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.techroute.engine.assignment.AssignmentResult;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.assignment.InvalidTicketException;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.json.EngineJson;
import com.techroute.functions.TicketMessages.Invalid;
import com.techroute.functions.TicketMessages.Parsed;
import com.techroute.functions.TicketMessages.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One AssignTicket invocation: reads, groups, assigns, publishes and notifies. */
final class TicketBatch {

    /** Counts for the invocation's closing log line. */
    record Summary(int assigned, int unassigned, int duplicates, int invalid) {
    }

    private final FunctionsRuntime runtime;
    private final ExecutionContext context;
    private final CardSender cards;
    private int assigned;
    private int unassigned;
    private int duplicates;
    private int invalid;

    TicketBatch(FunctionsRuntime runtime, ExecutionContext context) {
        this.runtime = runtime;
        this.context = context;
        this.cards = new CardSender(runtime, "AssignTicket");
    }

    Summary run(List<String> bodies) {
        Map<TenantId, Map<String, Ticket>> byTenant = new LinkedHashMap<>();
        Map<Ticket, String> bodyOf = new LinkedHashMap<>();
        for (String body : bodies) {
            Parsed parsed = runtime.messages().parse(body);
            if (parsed instanceof Invalid rejected) {
                setAside(body, rejected.reason(), rejected.tenant());
            } else {
                TicketMessage message = ((Valid) parsed).message();
                byTenant.computeIfAbsent(message.tenant(), tenant -> new LinkedHashMap<>())
                        .put(message.ticket().id().value(), message.ticket());
                bodyOf.put(message.ticket(), body);
            }
        }
        byTenant.forEach((tenant, tickets) -> TenantLocks.withLock(tenant, () -> {
            assignTenant(tenant, new ArrayList<>(tickets.values()), bodyOf);
            return null;
        }));
        return new Summary(assigned, unassigned, duplicates, invalid);
    }

    /** Assigns one tenant's tickets jointly, then publishes and notifies each outcome. */
    private void assignTenant(TenantId tenant, List<Ticket> tickets, Map<Ticket, String> bodyOf) {
        List<AssignmentResult> results = new ArrayList<>();
        try {
            results.addAll(runtime.assignments().assignBatch(tenant, tickets));
        } catch (InvalidTicketException batchRejected) {
            // The whole batch was rejected and nothing recorded: assign one by one to find the invalid ones.
            for (Ticket ticket : tickets) {
                try {
                    results.add(runtime.assignments().assign(tenant, ticket));
                } catch (InvalidTicketException e) {
                    setAside(bodyOf.get(ticket), e.getMessage(), Optional.of(tenant));
                }
            }
        }
        for (AssignmentResult result : results) {
            if (result.assigned()) {
                runtime.outbox().publishAssignment(AssignmentEvent.of(AssignmentEvent.Kind.ASSIGNED,
                        result.assignment(), "engine"));
            }
        }
        notifyOutcomes(tenant, results);
    }

    private void notifyOutcomes(TenantId tenant, List<AssignmentResult> results) {
        Map<TechnicianId, String> names = null;
        for (AssignmentResult result : results) {
            if (result.duplicate()) {
                duplicates++;
                continue;
            }
            if (names == null) {
                names = CardSender.names(runtime.store().technicians(tenant));
            }
            if (result.assigned()) {
                assigned++;
                cards.assigned(tenant, result, names);
            } else {
                unassigned++;
                cards.unassigned(tenant, result, names);
            }
        }
    }

    /** Moves an invalid message to the invalid-tickets queue and audits it under its tenant, if it names one. */
    private void setAside(String body, String reason, Optional<TenantId> tenant) {
        invalid++;
        String reference = ServiceBusOutbox.sha256(body == null ? "" : body);
        runtime.outbox().sendInvalid(body, reason, reference);
        if (tenant.isEmpty()) {
            FunctionLog.warning(context, "AssignTicket invocation ({0}) set aside message ({1}) without a valid"
                    + " tenant id, so it is not audited: {2}", context.getInvocationId(), reference, reason);
            return;
        }
        Map<String, String> detail = Map.of("reason", reason, "bodySha256", reference);
        runtime.store().appendAudit(tenant.get(), new AuditEntry("invalid|" + reference, tenant.get(),
                runtime.clock().instant(), AuditKind.INVALID_MESSAGE, reference, "AssignTicket", EngineJson.write(detail)));
        FunctionLog.warning(context, "AssignTicket invocation ({0}) set aside message ({1}) of tenant ({2}): {3}",
                context.getInvocationId(), reference, tenant.get(), reason);
    }
}
