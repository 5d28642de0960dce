package com.techroute.functions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.techroute.engine.json.EngineJson;
import com.techroute.functions.TicketMessages.Invalid;
import com.techroute.functions.TicketMessages.Parsed;
import com.techroute.functions.TicketMessages.Valid;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Accepts one canonical ticket message over HTTP (a PSA webhook or a connector) and queues it on the
 * tickets queue with session id = tenant id and message id = tenant|ticket. Responds 202 when queued, 400
 * with the validation errors for bad input, and 503 when the queue is unavailable. Needs a function key.
 */
public final class IngestTicket {

    private final Supplier<FunctionsRuntime> runtime;

    /** Creates the function with the process-wide runtime, as the Functions host does. */
    public IngestTicket() {
        this(FunctionsRuntime::shared);
    }

    /** Creates the function over a given runtime, as the local runner's {@code serve} command and tests do. */
    public IngestTicket(FunctionsRuntime runtime) {
        this(() -> runtime);
    }

    private IngestTicket(Supplier<FunctionsRuntime> runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime must not be null");
    }

    /** Entry point of the Functions host. */
    @FunctionName("IngestTicket")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = {HttpMethod.POST}, authLevel = AuthorizationLevel.FUNCTION,
                    route = "tickets") HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return ingest(request.getBody().orElse(""), context).toResponse(request);
    }

    /** Validates a message body and queues it. */
    public HttpResult ingest(String body, ExecutionContext context) {
        FunctionsRuntime current = runtime.get();
        Parsed parsed = current.messages().parse(body);
        if (parsed instanceof Invalid invalid) {
            FunctionLog.info(context, "IngestTicket invocation ({0}) rejected a message: {1}",
                    context.getInvocationId(), invalid.reason());
            ObjectNode error = EngineJson.mapper().createObjectNode();
            error.put("error", "invalid ticket message");
            error.putArray("errors").add(invalid.reason());
            return HttpResult.json(400, error);
        }
        TicketMessage message = ((Valid) parsed).message();
        try {
            current.outbox().sendTicket(message, current.messages().write(message));
        } catch (RuntimeException e) {
            // The function boundary: any send failure is transient for the caller, who should retry.
            FunctionLog.error(context, "IngestTicket invocation (" + context.getInvocationId() + ") failed to queue"
                    + " ticket (" + message.ticket().id() + ") of tenant (" + message.tenant() + ")", e);
            ObjectNode error = EngineJson.mapper().createObjectNode();
            error.put("error", "the tickets queue is unavailable; retry later");
            return HttpResult.json(503, error).withHeader("Retry-After", "30");
        }
        FunctionLog.info(context, "IngestTicket invocation ({0}) queued ticket ({1}) of tenant ({2})",
                context.getInvocationId(), message.ticket().id(), message.tenant());
        ObjectNode accepted = EngineJson.mapper().createObjectNode();
        accepted.put("tenantId", message.tenant().value());
        accepted.put("ticketId", message.ticket().id().value());
        accepted.put("messageId", message.messageId());
        return HttpResult.json(202, accepted);
    }
}
