package com.techroute.adapters.cosmos;

import com.techroute.engine.domain.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded retry of an optimistic-concurrency read-modify-write. An attempt reads the item with its ETag and
 * writes with If-Match. It returns empty when the write lost the race (412), so the next attempt starts
 * with a fresh read. Between attempts it waits a random time between half and all of 20 ms, 40 ms, 80 ms
 * and 160 ms, so that writers who collided do not collide again at the same moment.
 */
final class EtagRetry {

    /** Attempts before giving up, the first included. */
    static final int MAX_ATTEMPTS = 5;

    /** Upper bound of the wait before the second attempt. Each later wait doubles it. */
    static final Duration FIRST_DELAY = Duration.ofMillis(20);

    private static final Logger LOG = LoggerFactory.getLogger(EtagRetry.class);

    /** Waits between attempts. A test passes one that records the delays instead. */
    interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    EtagRetry(int maxAttempts, Sleeper sleeper, DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid maxAttempts (" + maxAttempts + "). Use 1 or more.");
        }
        this.maxAttempts = maxAttempts;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** Returns the retry the store uses: {@value #MAX_ATTEMPTS} attempts, real sleeps, random jitter. */
    static EtagRetry standard() {
        return new EtagRetry(MAX_ATTEMPTS, delay -> Thread.sleep(delay.toMillis()),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Runs attempts until one returns a value.
     *
     * @param operation what is being updated, for the log and the exception, such as "pointer of ticket T-1"
     * @throws ConcurrentUpdateException when every attempt lost its race
     */
    <T> T run(String operation, TenantId tenant, Supplier<Optional<T>> attempt) {
        for (int attemptNumber = 1; ; attemptNumber++) {
            Optional<T> result = attempt.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (attemptNumber == maxAttempts) {
                throw new ConcurrentUpdateException(String.format("Failed to update %s of tenant (%s): another writer"
                        + " changed it during each of %d attempts. Retry the operation; a redelivered message"
                        + " completes it.", operation, tenant, maxAttempts));
            }
            Duration delay = delayAfter(attemptNumber);
            LOG.debug("Write of {} of tenant ({}) lost its ETag race on attempt {}; retrying in {} ms", operation,
                    tenant, attemptNumber, delay.toMillis());
            pause(delay, operation, tenant);
        }
    }

    /** Returns the wait after the given failed attempt: between half and all of 20 ms doubled per attempt. */
    Duration delayAfter(int failedAttempt) {
        long ceilingMillis = FIRST_DELAY.toMillis() << Math.min(failedAttempt - 1, 10);
        double fraction = 0.5 + 0.5 * random.getAsDouble();
        return Duration.ofMillis(Math.max(1, Math.round(ceilingMillis * fraction)));
    }

    private void pause(Duration delay, String operation, TenantId tenant) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CosmosStoreException(String.format("Interrupted while waiting to retry the update of %s of"
                    + " tenant (%s).", operation, tenant), 0, e);
        }
    }
}
