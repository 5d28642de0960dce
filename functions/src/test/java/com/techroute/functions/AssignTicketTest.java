package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;

import com.azure.messaging.servicebus.ServiceBusException;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.techroute.adapters.sqlite.SqliteStoreException;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TicketId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AssignTicket called directly, as the Functions host would call it with a batch of message bodies.
 *
 * <p>NOTE: no Service Bus emulator exists for the build machine, so these tests cover the handler and
 * mock the Service Bus senders; the trigger binding (sessions, batches, completion) runs only in Azure.
 */
class AssignTicketTest {

    @TempDir
    Path dir;

    private TestRuntime test;
    private AssignTicket function;

    @BeforeEach
    void start() {
        test = new TestRuntime(dir);
        function = new AssignTicket(test.runtime);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void messageIsAssignedPublishedAndCarded() {
        function.handle(List.of(TestRuntime.message("T-1")), new TestContext("AssignTicket").context());

        Assignment assignment = test.store.currentAssignment(TestRuntime.TENANT, TicketId.of("T-1")).orElseThrow();
        List<ServiceBusMessage> events = TestRuntime.sent(test.eventsSender);
        assertThat(assignment.revision()).isZero();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getMessageId()).isEqualTo(assignment.id());
        assertThat(events.get(0).getSessionId()).isEqualTo("msp-north");
        assertThat(events.get(0).getBody().toString()).contains("\"kind\":\"ASSIGNED\"");
        assertThat(test.audit(AuditKind.TICKET_ASSIGNED)).hasSize(1);
        assertThat(test.cards()).hasSize(1);
        assertThat(test.cards().get(0).at("/attachments/0/content/version").asText()).isEqualTo("1.4");
    }

    @Test
    void duplicateDeliveryYieldsOneAssignment() {
        String body = TestRuntime.message("T-1");

        function.handle(List.of(body), new TestContext("AssignTicket").context());
        function.handle(List.of(body), new TestContext("AssignTicket").context());

        assertThat(test.store.assignmentsSince(TestRuntime.TENANT, Instant.EPOCH)).hasSize(1);
        assertThat(test.audit(AuditKind.TICKET_ASSIGNED)).hasSize(1);
        assertThat(test.cards()).hasSize(1);
        List<ServiceBusMessage> events = TestRuntime.sent(test.eventsSender);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).getMessageId()).isEqualTo(events.get(0).getMessageId());
    }

    @Test
    void sameTicketTwiceInBatchYieldsOneAssignment() {
        String body = TestRuntime.message("T-1");

        function.handle(List.of(body, body), new TestContext("AssignTicket").context());

        assertThat(test.store.assignmentsSince(TestRuntime.TENANT, Instant.EPOCH)).hasSize(1);
        assertThat(TestRuntime.sent(test.eventsSender)).hasSize(1);
        assertThat(test.cards()).hasSize(1);
    }

    @Test
    void batchOfSeveralTicketsIsAssignedJointly() {
        function.handle(List.of(TestRuntime.message("T-1"), TestRuntime.message("T-2"), TestRuntime.message("T-3")),
                new TestContext("AssignTicket").context());

        assertThat(test.store.openAssignments(TestRuntime.TENANT)).hasSize(3);
        assertThat(TestRuntime.sent(test.eventsSender)).hasSize(3);
    }

    @Test
    void invalidMessageIsSetAsideAndAudited() {
        String body = TestRuntime.message("T-1", "secret-summary-text").replace("\"P2\"", "\"urgent\"");

        function.handle(List.of(body), new TestContext("AssignTicket").context());

        List<ServiceBusMessage> setAside = TestRuntime.sent(test.invalidSender);
        assertThat(setAside).hasSize(1);
        assertThat(setAside.get(0).getBody().toString()).isEqualTo(body);
        assertThat((String) setAside.get(0).getApplicationProperties().get("reason")).contains("priority");
        List<AuditEntry> audit = test.audit(AuditKind.INVALID_MESSAGE);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).detailJson()).contains("priority");
        assertThat(audit.get(0).detailJson()).doesNotContain("secret-summary-text");
        assertThat(test.store.assignmentsSince(TestRuntime.TENANT, Instant.EPOCH)).isEmpty();
    }

    @Test
    void malformedJsonIsSetAsideWithoutAudit() {
        function.handle(List.of("{not json"), new TestContext("AssignTicket").context());

        List<ServiceBusMessage> setAside = TestRuntime.sent(test.invalidSender);
        assertThat(setAside).hasSize(1);
        assertThat((String) setAside.get(0).getApplicationProperties().get("reason")).contains("not valid JSON");
        assertThat(test.audit(AuditKind.INVALID_MESSAGE)).isEmpty();
    }

    @Test
    void unknownClientIsSetAside() {
        String unknownClient = TestRuntime.message("T-2").replace("client-gold", "client-nobody");

        function.handle(List.of(TestRuntime.message("T-1"), unknownClient), new TestContext("AssignTicket").context());

        assertThat(test.store.currentAssignment(TestRuntime.TENANT, TicketId.of("T-1"))).isPresent();
        assertThat(test.store.currentAssignment(TestRuntime.TENANT, TicketId.of("T-2"))).isEmpty();
        List<ServiceBusMessage> setAside = TestRuntime.sent(test.invalidSender);
        assertThat(setAside).hasSize(1);
        assertThat((String) setAside.get(0).getApplicationProperties().get("reason")).contains("client-nobody");
        assertThat(test.audit(AuditKind.INVALID_MESSAGE)).hasSize(1);
    }

    @Test
    void unknownTenantIsSetAside() {
        String otherTenant = TestRuntime.message("T-1").replace("msp-north", "msp-unknown");

        function.handle(List.of(otherTenant), new TestContext("AssignTicket").context());

        List<ServiceBusMessage> setAside = TestRuntime.sent(test.invalidSender);
        assertThat(setAside).hasSize(1);
        assertThat((String) setAside.get(0).getApplicationProperties().get("reason")).contains("msp-unknown");
    }

    @Test
    void transientStoreFailureIsThrown() {
        test.store.failWrites(true);

        assertThatThrownBy(() -> function.handle(List.of(TestRuntime.message("T-1")),
                new TestContext("AssignTicket").context()))
                .isInstanceOf(SqliteStoreException.class);
        assertThat(TestRuntime.sent(test.eventsSender)).isEmpty();
        assertThat(TestRuntime.sent(test.invalidSender)).isEmpty();
    }

    @Test
    void redeliveryAfterStoreFailureAssignsOnce() {
        test.store.failWrites(true);
        String body = TestRuntime.message("T-1");
        assertThatThrownBy(() -> function.handle(List.of(body), new TestContext("AssignTicket").context()))
                .isInstanceOf(SqliteStoreException.class);
        test.store.failWrites(false);

        function.handle(List.of(body), new TestContext("AssignTicket").context());

        assertThat(test.store.assignmentsSince(TestRuntime.TENANT, Instant.EPOCH)).hasSize(1);
        assertThat(TestRuntime.sent(test.eventsSender)).hasSize(1);
    }

    @Test
    void serviceBusFailureIsThrownAndRedeliveryPublishes() {
        doThrow(new ServiceBusException(new RuntimeException("link detached"), null))
                .doNothing().when(test.eventsSender).sendMessage(any(ServiceBusMessage.class));
        String body = TestRuntime.message("T-1");

        assertThatThrownBy(() -> function.handle(List.of(body), new TestContext("AssignTicket").context()))
                .isInstanceOf(ServiceBusException.class);
        function.handle(List.of(body), new TestContext("AssignTicket").context());

        assertThat(test.store.assignmentsSince(TestRuntime.TENANT, Instant.EPOCH)).hasSize(1);
        assertThat(TestRuntime.sent(test.eventsSender)).hasSize(2);
    }

    @Test
    void eightConcurrentInvocationsLoseNoAssignment() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch ready = new CountDownLatch(8);
        List<Callable<Void>> calls = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String body = TestRuntime.message("T-" + i);
            calls.add(() -> {
                ready.countDown();
                ready.await();
                function.handle(List.of(body), new TestContext("AssignTicket").context());
                return null;
            });
        }
        try {
            for (Future<Void> call : pool.invokeAll(calls)) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Assignment> assignments = test.store.openAssignments(TestRuntime.TENANT);
        assertThat(assignments).hasSize(8);
        assertThat(assignments.stream().map(Assignment::id).distinct()).hasSize(8);
        assertThat(test.audit(AuditKind.TICKET_ASSIGNED)).hasSize(8);
        assertThat(TestRuntime.sent(test.eventsSender)).hasSize(8);
        assertThat(perTechnician(assignments)).isEqualTo(sequentialShares(8));
    }

    /** Returns how many tickets each technician got when the same tickets arrive one after another. */
    private Map<TechnicianId, Long> sequentialShares(int tickets) {
        try (TestRuntime sequential = new TestRuntime(dir.resolve("sequential"))) {
            AssignTicket one = new AssignTicket(sequential.runtime);
            for (int i = 1; i <= tickets; i++) {
                one.handle(List.of(TestRuntime.message("T-" + i)), new TestContext("AssignTicket").context());
            }
            return perTechnician(sequential.store.openAssignments(TestRuntime.TENANT));
        }
    }

    private static Map<TechnicianId, Long> perTechnician(List<Assignment> assignments) {
        return assignments.stream().collect(Collectors.groupingBy(Assignment::technician, Collectors.counting()));
    }

    @Test
    void teamsFailureKeepsAssignmentAndIsAudited() {
        test.webhook.then(500).then(500).then(500);

        function.handle(List.of(TestRuntime.message("T-1")), new TestContext("AssignTicket").context());

        assertThat(test.store.currentAssignment(TestRuntime.TENANT, TicketId.of("T-1"))).isPresent();
        assertThat(TestRuntime.sent(test.eventsSender)).hasSize(1);
        List<AuditEntry> failures = test.audit(AuditKind.NOTIFICATION_FAILED);
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).detailJson()).contains("failed after 2 attempts");
    }

    @Test
    void teamsFailureSkipsLaterCardsOfSameTenant() {
        test.webhook.then(500).then(500);

        function.handle(List.of(TestRuntime.message("T-1"), TestRuntime.message("T-2")),
                new TestContext("AssignTicket").context());

        assertThat(test.webhook.received()).hasSize(2);
        assertThat(test.audit(AuditKind.NOTIFICATION_FAILED)).hasSize(2);
        assertThat(test.store.openAssignments(TestRuntime.TENANT)).hasSize(2);
    }

    @Test
    void cardCarriesSignedOverrideLink() {
        function.handle(List.of(TestRuntime.message("T-1")), new TestContext("AssignTicket").context());

        JsonNode action = test.cards().get(0).at("/attachments/0/content/actions/0");
        assertThat(action.path("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(action.path("url").asText()).startsWith("http://127.0.0.1:7071/api/override/msp-north/T-1?token=");
    }

    @Test
    void eventsSenderStaysQuietForInvalidBatch() {
        doNothing().when(test.invalidSender).sendMessage(any(ServiceBusMessage.class));

        function.handle(List.of("", "[]"), new TestContext("AssignTicket").context());

        assertThat(TestRuntime.sent(test.invalidSender)).hasSize(2);
        assertThat(TestRuntime.sent(test.eventsSender)).isEmpty();
    }
}
