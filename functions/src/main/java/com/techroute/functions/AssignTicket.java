package com.techroute.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.Cardinality;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Assigns the tickets of a batch from the session-enabled tickets queue (session id = tenant id), jointly
 * per tenant, publishes each assignment on the assignment-events topic and sends the Teams cards.
 *
 * <p>Invalid messages are set aside on the invalid-tickets queue with the reason and audited, and the
 * function returns normally so that they complete. Any other failure (store or Service Bus unavailable)
 * is thrown, so Service Bus redelivers the batch and finally dead-letters it after the queue's maximum
 * delivery count. Redelivery is safe because assignment is idempotent per ticket.
 *
 * <p>NOTE: no Service Bus emulator exists for the build machine, so the trigger binding (sessions, batch
 * delivery, completion) is verified only in Azure; tests call {@link #handle} directly.
 */
public final class AssignTicket {

    private final Supplier<FunctionsRuntime> runtime;

    /** Creates the function with the process-wide runtime, as the Functions host does. */
    public AssignTicket() {
        this(FunctionsRuntime::shared);
    }

    /** Creates the function over a given runtime, as the local runner's {@code serve} command and tests do. */
    public AssignTicket(FunctionsRuntime runtime) {
        this(() -> runtime);
    }

    private AssignTicket(Supplier<FunctionsRuntime> runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime must not be null");
    }

    /** Entry point of the Functions host: one batch of message bodies from one session. */
    @FunctionName("AssignTicket")
    public void run(
            @ServiceBusQueueTrigger(name = "messages", queueName = "%TicketsQueueName%",
                    connection = "ServiceBusConnection", isSessionsEnabled = true, cardinality = Cardinality.MANY,
                    dataType = "string") String[] messages,
            ExecutionContext context) {
        handle(Arrays.asList(messages), context);
    }

    /**
     * Handles a batch of message bodies.
     *
     * @throws RuntimeException on a transient failure, so the batch is redelivered
     */
    public void handle(List<String> bodies, ExecutionContext context) {
        FunctionLog.info(context, "AssignTicket invocation ({0}) received {1} messages", context.getInvocationId(),
                bodies.size());
        TicketBatch.Summary summary = new TicketBatch(runtime.get(), context).run(bodies);
        FunctionLog.info(context, "AssignTicket invocation ({0}) assigned {1}, queued {2} unassigned, found {3}"
                + " duplicates and set aside {4} invalid messages", context.getInvocationId(), summary.assigned(),
                summary.unassigned(), summary.duplicates(), summary.invalid());
    }
}
