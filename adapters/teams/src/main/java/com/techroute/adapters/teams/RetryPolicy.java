package com.techroute.adapters.teams;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long {@link TeamsWebhookNotifier} retries a post.
 *
 * @param maxAttempts posts in all, including the first, 1 or more
 * @param initialBackoff wait before the second attempt; each later wait doubles, positive
 * @param maxBackoff longest wait between two attempts, at least {@code initialBackoff}
 * @param maxRetryAfter longest {@code Retry-After} that is honoured; a longer one ends the retries, positive
 * @param requestTimeout time limit of one post, positive
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
        Duration requestTimeout) {

    /** Four attempts, waits of 0.5 s, 1 s and 2 s (at most 8 s), Retry-After up to 30 s, 10 s per post. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofSeconds(30), Duration.ofSeconds(10));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid max attempts (" + maxAttempts + "). Use 1 or more.");
        }
        requirePositive("initial backoff", initialBackoff);
        requirePositive("max backoff", maxBackoff);
        requirePositive("max Retry-After", maxRetryAfter);
        requirePositive("request timeout", requestTimeout);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(String.format(
                    "Max backoff (%s) is shorter than the initial backoff (%s). Make it at least as long.",
                    maxBackoff, initialBackoff));
        }
    }

    /** Returns the wait after failed attempt {@code attempt} (1-based): the initial backoff doubled, capped. */
    public Duration backoffAfter(int attempt) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(String.format("Invalid %s (%s). Use a positive duration.", name, value));
        }
    }
}
