package com.techroute.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import com.techroute.engine.domain.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Re-optimises every tenant's unstarted tickets on the {@code RebalanceSchedule} timer, applies the moves
 * that are still valid, and posts one Teams summary per tenant that had moves. A failure of one tenant is
 * logged and the others still run; the invocation then fails, naming the failed tenants.
 */
public final class RebalanceWorkload {

    private final Supplier<FunctionsRuntime> runtime;

    /** Creates the function with the process-wide runtime, as the Functions host does. */
    public RebalanceWorkload() {
        this(FunctionsRuntime::shared);
    }

    /** Creates the function over a given runtime, as the local runner's {@code serve} command and tests do. */
    public RebalanceWorkload(FunctionsRuntime runtime) {
        this(() -> runtime);
    }

    private RebalanceWorkload(Supplier<FunctionsRuntime> runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime must not be null");
    }

    /** Entry point of the Functions host; the timer's JSON is not used. */
    @FunctionName("RebalanceWorkload")
    public void run(@TimerTrigger(name = "timer", schedule = "%RebalanceSchedule%") String timer,
            ExecutionContext context) {
        rebalanceAll(context);
    }

    /**
     * Rebalances every tenant.
     *
     * @throws IllegalStateException naming the tenants that failed, after all tenants ran
     */
    public void rebalanceAll(ExecutionContext context) {
        FunctionsRuntime current = runtime.get();
        CardSender cards = new CardSender(current, TenantRebalance.ACTOR);
        List<TenantId> failed = new ArrayList<>();
        for (TenantId tenant : current.tenants().tenantIds()) {
            try {
                TenantRebalance.Result result = new TenantRebalance(current, cards).run(tenant);
                FunctionLog.info(context, "RebalanceWorkload invocation ({0}) tenant ({1}): {2} moves planned, {3}"
                        + " applied, {4} skipped", context.getInvocationId(), tenant, result.planned(),
                        result.applied(), result.skipped());
            } catch (RuntimeException e) {
                // The function boundary: one tenant's failure must not stop the others.
                FunctionLog.error(context, "RebalanceWorkload invocation (" + context.getInvocationId()
                        + ") failed for tenant (" + tenant + ")", e);
                failed.add(tenant);
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Rebalance failed for tenants " + failed + "; see the log lines of"
                    + " invocation (" + context.getInvocationId() + ") for the causes.");
        }
    }
}
