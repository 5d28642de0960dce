package com.techroute.local.serve;

import com.techroute.functions.RebalanceWorkload;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stand-in for the RebalanceWorkload timer trigger: calls {@code rebalanceAll} with a fixed delay
 * between the end of one run and the start of the next, so runs never overlap. The first run comes one
 * interval after start.
 */
final class RebalanceTimer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RebalanceTimer.class);

    private final ScheduledExecutorService scheduler;

    private RebalanceTimer(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts the timer. */
    static RebalanceTimer start(RebalanceWorkload function, Duration every) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "techroute-rebalance-timer");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        scheduler.scheduleWithFixedDelay(() -> run(function), millis, millis, TimeUnit.MILLISECONDS);
        LOG.info("Rebalance runs every {}", every);
        return new RebalanceTimer(scheduler);
    }

    private static void run(RebalanceWorkload function) {
        LocalExecutionContext context = LocalExecutionContext.invocation("RebalanceWorkload");
        try {
            function.rebalanceAll(context);
        } catch (RuntimeException e) {
            // The timer's boundary: a failed run is logged and the next run still comes, as with the Functions timer.
            LOG.error("Rebalance invocation ({}) failed", context.getInvocationId(), e);
        }
    }

    /** Stops the timer, letting a run in progress finish. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (scheduler.awaitTermination(1, TimeUnit.MINUTES)) {
                return;
            }
            LOG.warn("A rebalance run did not finish within a minute of stopping; interrupting it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.shutdownNow();
    }
}
