package com.techroute.local.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.domain.TenantId;
import com.techroute.functions.TicketMessage;
import com.techroute.functions.TicketMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The in-process tickets queue: batches, sessions, redelivery and draining on close. */
@Timeout(30)
class InProcessQueueTest {

    private static final TicketMessages MESSAGES = TicketMessages.load();

    /** One call of the batch handler. */
    private record Batch(TenantId session, List<String> bodies) {
    }

    private final List<Batch> batches = Collections.synchronizedList(new ArrayList<>());
    private final InProcessQueue queue = new InProcessQueue(Clock.systemUTC(), Duration.ofMillis(10));

    @Test
    void batchHoldsOneTenant() {
        for (int i = 1; i <= 40; i++) {
            send(i % 2 == 1 ? "msp-a" : "msp-b", "T-" + i);
        }

        queue.start((session, bodies) -> batches.add(new Batch(session, bodies)));
        queue.close();

        assertThat(batches).extracting(batch -> batch.session().value())
                .containsExactly("msp-a", "msp-b", "msp-a", "msp-b");
        assertThat(batches).extracting(batch -> batch.bodies().size()).containsExactly(16, 16, 4, 4);
    }

    @Test
    void batchKeepsArrivalOrder() {
        send("msp-a", "T-1");
        send("msp-a", "T-2");
        send("msp-a", "T-3");

        queue.start((session, bodies) -> batches.add(new Batch(session, bodies)));
        queue.close();

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).bodies()).extracting(InProcessQueueTest::ticketId)
                .containsExactly("T-1", "T-2", "T-3");
    }

    @Test
    void closeDeliversEveryQueuedTicket() {
        queue.start((session, bodies) -> {
            pause(Duration.ofMillis(20));
            batches.add(new Batch(session, bodies));
        });
        for (int i = 1; i <= 5; i++) {
            send("msp-a", "T-" + i);
        }

        queue.close();

        assertThat(batches.stream().mapToInt(batch -> batch.bodies().size()).sum()).isEqualTo(5);
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void closedQueueRejectsTickets() {
        queue.start((session, bodies) -> batches.add(new Batch(session, bodies)));
        queue.close();

        assertThatThrownBy(() -> send("msp-a", "T-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the server is stopping");
    }

    @Test
    void failedBatchIsDeliveredAgain() {
        AtomicInteger calls = new AtomicInteger();
        send("msp-a", "T-1");

        queue.start((session, bodies) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("store busy");
            }
            batches.add(new Batch(session, bodies));
        });
        queue.close();

        assertThat(calls.get()).isEqualTo(2);
        assertThat(batches).hasSize(1);
        assertThat(queue.deadLetters()).isEmpty();
    }

    @Test
    void batchFailingEveryDeliveryBecomesDeadLetter() {
        AtomicInteger calls = new AtomicInteger();
        send("msp-a", "T-1");
        send("msp-a", "T-2");

        queue.start((session, bodies) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("store down");
        });
        queue.close();

        assertThat(calls.get()).isEqualTo(TicketWorker.MAX_DELIVERIES);
        assertThat(queue.deadLetters()).hasSize(1);
        assertThat(queue.deadLetters().get(0).bodies()).hasSize(2);
        assertThat(queue.deadLetters().get(0).error()).contains("store down");
    }

    @Test
    void invalidMessagesAreKeptWithTheirReason() {
        queue.sendInvalid("{}", "missing field (tenantId)", "abc123");

        assertThat(queue.setAside()).singleElement().satisfies(setAside -> {
            assertThat(setAside.reference()).isEqualTo("abc123");
            assertThat(setAside.reason()).isEqualTo("missing field (tenantId)");
            assertThat(setAside.body()).isEqualTo("{}");
        });
    }

    private void send(String tenant, String ticket) {
        String body = "{\"tenantId\":\"" + tenant + "\",\"id\":\"" + ticket + "\",\"client\":\"c1\","
                + "\"category\":{\"board\":\"Service Desk\"},\"priority\":\"P3\",\"effort\":\"PT1H\","
                + "\"createdAt\":\"2026-03-10T13:52:00Z\"}";
        TicketMessage message = ((TicketMessages.Valid) MESSAGES.parse(body)).message();
        queue.sendTicket(message, MESSAGES.write(message));
    }

    private static String ticketId(String body) {
        return ((TicketMessages.Valid) MESSAGES.parse(body)).message().ticket().id().value();
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
