package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.domain.Priority;
import com.techroute.functions.TicketMessages.Invalid;
import com.techroute.functions.TicketMessages.Parsed;
import com.techroute.functions.TicketMessages.Valid;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TicketMessagesTest {

    private final TicketMessages messages = TicketMessages.load();

    @Test
    void validMessageReadsIntoTicket() {
        Parsed parsed = messages.parse(TestRuntime.message("T-1"));

        TicketMessage message = ((Valid) parsed).message();
        assertThat(message.tenant().value()).isEqualTo("msp-north");
        assertThat(message.ticket().priority()).isEqualTo(Priority.P2_HIGH);
        assertThat(message.ticket().effort()).isEqualTo(Duration.ofHours(1));
        assertThat(message.ticket().requiredSkills()).hasSize(1);
    }

    @Test
    void writtenMessageReadsBackEqual() {
        TicketMessage message = ((Valid) messages.parse(TestRuntime.message("T-1"))).message();

        Parsed again = messages.parse(messages.write(message));

        assertThat(((Valid) again).message()).isEqualTo(message);
    }

    @Test
    void missingFieldIsNamed() {
        Invalid invalid = (Invalid) messages.parse(TestRuntime.message("T-1").replace("\"client\":\"client-gold\",", ""));

        assertThat(invalid.reason()).contains("client");
        assertThat(invalid.tenant()).isPresent();
    }

    @Test
    void unknownFieldIsRejected() {
        Invalid invalid = (Invalid) messages.parse(TestRuntime.message("T-1").replace("{", "{\"colour\":\"red\","));

        assertThat(invalid.reason()).contains("colour");
    }

    @Test
    void skillLevelOutOfRangeIsRejected() {
        Invalid invalid = (Invalid) messages.parse(TestRuntime.message("T-1").replace("\"minLevel\":2", "\"minLevel\":9"));

        assertThat(invalid.reason()).contains("minLevel");
    }

    @Test
    void zeroEffortIsRejectedByEngineRule() {
        Invalid invalid = (Invalid) messages.parse(TestRuntime.message("T-1").replace("PT1H", "PT0S"));

        assertThat(invalid.reason()).contains("Ticket (T-1) has effort (PT0S)");
    }

    @Test
    void unreadableDurationIsRejected() {
        Invalid invalid = (Invalid) messages.parse(TestRuntime.message("T-1").replace("PT1H", "PTH1"));

        assertThat(invalid.reason()).contains("not an ISO-8601 duration");
    }

    @Test
    void badTenantIdLeavesNoTenant() {
        Invalid invalid = (Invalid) messages.parse(TestRuntime.message("T-1").replace("msp-north", " bad/tenant "));

        assertThat(invalid.reason()).contains("tenantId");
        assertThat(invalid.tenant()).isEmpty();
    }

    @Test
    void malformedJsonReasonOmitsBody() {
        Invalid invalid = (Invalid) messages.parse("{\"tenantId\": secretvalue}");

        assertThat(invalid.reason()).startsWith("message body is not valid JSON at line 1");
        assertThat(invalid.reason()).doesNotContain("secretvalue");
    }

    @Test
    void oversizedBodyIsRejected() {
        Invalid invalid = (Invalid) messages.parse("{\"summary\":\"" + "x".repeat(70_000) + "\"}");

        assertThat(invalid.reason()).contains("over the limit of 65536");
    }
}
