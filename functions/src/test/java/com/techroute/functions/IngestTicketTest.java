package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import com.azure.messaging.servicebus.ServiceBusException;
import com.azure.messaging.servicebus.ServiceBusMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IngestTicket called directly; the tickets queue's sender is a Mockito mock (no Service Bus emulator exists). */
class IngestTicketTest {

    @TempDir
    Path dir;

    private TestRuntime test;
    private IngestTicket function;

    @BeforeEach
    void start() {
        test = new TestRuntime(dir);
        function = new IngestTicket(test.runtime);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void validTicketIsQueuedInSession() {
        HttpResult result = function.ingest(TestRuntime.message("T-1"), new TestContext("IngestTicket").context());

        List<ServiceBusMessage> queued = TestRuntime.sent(test.ticketsSender);
        assertThat(result.status()).isEqualTo(202);
        assertThat(result.body()).contains("\"messageId\":\"msp-north|T-1\"");
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).getSessionId()).isEqualTo("msp-north");
        assertThat(queued.get(0).getMessageId()).isEqualTo("msp-north|T-1");
    }

    @Test
    void queuedBodyIsCanonicalAndReadsBack() {
        function.ingest(TestRuntime.message("T-1"), new TestContext("IngestTicket").context());

        String body = TestRuntime.sent(test.ticketsSender).get(0).getBody().toString();
        TicketMessages.Parsed parsed = test.runtime.messages().parse(body);
        assertThat(parsed).isInstanceOf(TicketMessages.Valid.class);
        assertThat(((TicketMessages.Valid) parsed).message().ticket().summary()).isEqualTo("Outlook does not start");
    }

    @Test
    void invalidTicketGets400WithErrors() {
        String body = TestRuntime.message("T-1").replace("\"effort\":\"PT1H\",", "");

        HttpResult result = function.ingest(body, new TestContext("IngestTicket").context());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.body()).contains("effort");
        assertThat(TestRuntime.sent(test.ticketsSender)).isEmpty();
    }

    @Test
    void unavailableQueueGets503() {
        doThrow(new ServiceBusException(new RuntimeException("namespace not reachable"), null))
                .when(test.ticketsSender).sendMessage(any(ServiceBusMessage.class));

        HttpResult result = function.ingest(TestRuntime.message("T-1"), new TestContext("IngestTicket").context());

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.headers()).containsEntry("Retry-After", "30");
    }

    @Test
    void ingestedTicketFlowsThroughAssignTicket() {
        function.ingest(TestRuntime.message("T-1"), new TestContext("IngestTicket").context());
        String queued = TestRuntime.sent(test.ticketsSender).get(0).getBody().toString();

        new AssignTicket(test.runtime).handle(List.of(queued), new TestContext("AssignTicket").context());

        assertThat(test.store.openAssignments(TestRuntime.TENANT)).hasSize(1);
    }
}
