package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import org.junit.jupiter.api.Test;

/** NOTE: no Service Bus emulator exists for the build machine, so the SDK's sender clients are Mockito mocks. */
class ServiceBusOutboxTest {

    private final ServiceBusSenderClient tickets = mock(ServiceBusSenderClient.class);
    private final ServiceBusSenderClient invalid = mock(ServiceBusSenderClient.class);
    private final ServiceBusSenderClient events = mock(ServiceBusSenderClient.class);
    private final ServiceBusOutbox outbox = new ServiceBusOutbox(tickets, invalid, events);

    @Test
    void invalidMessageCarriesReasonAndReference() {
        outbox.sendInvalid("{}", "missing client", "abc123");

        ServiceBusMessage sent = TestRuntime.sent(invalid).get(0);
        assertThat(sent.getApplicationProperties()).containsEntry("reason", "missing client");
        assertThat(sent.getApplicationProperties()).containsEntry("bodySha256", "abc123");
        assertThat(sent.getBody().toString()).isEqualTo("{}");
    }

    @Test
    void longReasonIsShortened() {
        outbox.sendInvalid("{}", "r".repeat(5_000), "abc123");

        String reason = (String) TestRuntime.sent(invalid).get(0).getApplicationProperties().get("reason");
        assertThat(reason).hasSize(ServiceBusOutbox.MAX_REASON_CHARS);
        assertThat(reason).endsWith("\u2026");
    }

    @Test
    void longMessageIdIsHashed() {
        String key = "t".repeat(128) + "|" + "k".repeat(128);

        assertThat(ServiceBusOutbox.messageId(key)).hasSize(64);
        assertThat(ServiceBusOutbox.messageId(key)).isEqualTo(ServiceBusOutbox.messageId(key));
        assertThat(ServiceBusOutbox.messageId("msp-north|T-1")).isEqualTo("msp-north|T-1");
    }
}
