package com.techroute.adapters.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.domain.TenantId;
import com.techroute.engine.testing.Tenants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EtagRetryTest {

    private static final TenantId A = Tenants.TENANT_A;

    private final List<Duration> waits = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void firstSuccessReturnsWithoutWaiting() {
        EtagRetry retry = new EtagRetry(5, waits::add, () -> 0.5);

        String result = retry.run("pointer", A, () -> attempt(1));

        assertThat(result).isEqualTo("written on attempt 1");
        assertThat(waits).isEmpty();
    }

    @Test
    void lostRacesAreRetried() {
        EtagRetry retry = new EtagRetry(5, waits::add, () -> 0.5);

        String result = retry.run("pointer", A, () -> attempt(3));

        assertThat(result).isEqualTo("written on attempt 3");
        assertThat(waits).hasSize(2);
    }

    @Test
    void givesUpAfterMaxAttempts() {
        EtagRetry retry = new EtagRetry(5, waits::add, () -> 0.5);

        assertThatThrownBy(() -> retry.run("pointer of ticket T-1", A, () -> attempt(6)))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("pointer of ticket T-1")
                .hasMessageContaining("msp-north")
                .hasMessageContaining("5 attempts");
        assertThat(attempts).hasValue(5);
        assertThat(waits).hasSize(4);
    }

    @Test
    void givingUpIsTransient() {
        EtagRetry retry = new EtagRetry(1, waits::add, () -> 0.5);

        assertThatThrownBy(() -> retry.run("pointer", A, () -> attempt(2)))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.isTransient()).isTrue());
    }

    @Test
    void waitsDoubleFromHalfToFullCeiling() {
        EtagRetry lowest = new EtagRetry(5, waits::add, () -> 0.0);
        EtagRetry highest = new EtagRetry(5, waits::add, () -> 1.0);

        assertThat(List.of(1, 2, 3, 4)).map(lowest::delayAfter)
                .containsExactly(millis(10), millis(20), millis(40), millis(80));
        assertThat(List.of(1, 2, 3, 4)).map(highest::delayAfter)
                .containsExactly(millis(20), millis(40), millis(80), millis(160));
    }

    @Test
    void otherFailuresAreNotRetried() {
        EtagRetry retry = new EtagRetry(5, waits::add, () -> 0.5);

        assertThatThrownBy(() -> retry.run("pointer", A, () -> {
            attempts.incrementAndGet();
            throw new CosmosStoreException("Failed to read item", 503, null);
        })).isInstanceOf(CosmosStoreException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void interruptedWaitStopsAndKeepsFlag() {
        EtagRetry retry = new EtagRetry(5, delay -> {
            throw new InterruptedException("stop");
        }, () -> 0.5);

        try {
            assertThatThrownBy(() -> retry.run("pointer", A, () -> attempt(3)))
                    .isInstanceOf(CosmosStoreException.class)
                    .hasMessageContaining("Interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void zeroAttemptsIsRejected() {
        assertThatThrownBy(() -> new EtagRetry(0, waits::add, () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts (0)");
    }

    /** Loses the race until attempt {@code winningAttempt}, then returns a value. */
    private Optional<String> attempt(int winningAttempt) {
        int number = attempts.incrementAndGet();
        return number >= winningAttempt ? Optional.of("written on attempt " + number) : Optional.empty();
    }

    private static Duration millis(long value) {
        return Duration.ofMillis(value);
    }
}
