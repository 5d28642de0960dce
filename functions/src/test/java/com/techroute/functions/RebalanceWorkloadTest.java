package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.messaging.servicebus.ServiceBusMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RebalanceWorkload called directly over a real store, rebalancer and webhook server. */
class RebalanceWorkloadTest {

    private static final TechnicianId CY = TechnicianId.of("tech-cy");

    @TempDir
    Path dir;

    private TestRuntime test;
    private RebalanceWorkload function;

    @BeforeEach
    void start() {
        test = new TestRuntime(dir);
        function = new RebalanceWorkload(test.runtime);
        for (int i = 1; i <= 6; i++) {
            pile(TestRuntime.TENANT, "T-" + i, CY);
        }
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void pileOnOneTechnicianIsSpread() {
        function.rebalanceAll(new TestContext("RebalanceWorkload").context());

        List<Assignment> open = test.store.openAssignments(TestRuntime.TENANT);
        assertThat(open).hasSize(6);
        assertThat(open.stream().filter(a -> !a.technician().equals(CY))).isNotEmpty();
        assertThat(open.stream().filter(a -> a.revision() == 1)).allMatch(a -> !a.technician().equals(CY));
    }

    @Test
    void movesAreAuditedAndPublished() {
        function.rebalanceAll(new TestContext("RebalanceWorkload").context());

        long moved = test.store.openAssignments(TestRuntime.TENANT).stream().filter(a -> a.revision() == 1).count();
        List<AuditEntry> audit = test.audit(AuditKind.TICKET_REASSIGNED);
        List<ServiceBusMessage> events = TestRuntime.sent(test.eventsSender);
        assertThat(audit).hasSize((int) moved);
        assertThat(audit).allMatch(entry -> entry.actor().equals("rebalance"));
        assertThat(events).hasSize((int) moved);
        assertThat(events).allMatch(event -> "REBALANCED".equals(event.getSubject()));
        assertThat(test.store.assignmentsSince(TestRuntime.TENANT, Instant.EPOCH).stream()
                .filter(a -> a.status() == AssignmentStatus.SUPERSEDED)).hasSize((int) moved);
    }

    @Test
    void oneSummaryCardPerTenant() {
        function.rebalanceAll(new TestContext("RebalanceWorkload").context());

        List<JsonNode> cards = test.cards();
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).at("/attachments/0/content/body/0/inlines/0/text").asText())
                .startsWith("Rebalance moved ");
    }

    @Test
    void ticketChangedWhilePlanningIsSkipped() {
        test.store.beforeNextCurrentAssignment(() -> test.store.openAssignments(TestRuntime.TENANT)
                .forEach(a -> test.store.updateAssignmentStatus(TestRuntime.TENANT, a.id(), AssignmentStatus.STARTED,
                        TestRuntime.START)));

        function.rebalanceAll(new TestContext("RebalanceWorkload").context());

        assertThat(test.audit(AuditKind.TICKET_REASSIGNED)).isEmpty();
        assertThat(test.store.openAssignments(TestRuntime.TENANT)).allMatch(a -> a.technician().equals(CY));
        assertThat(TestRuntime.sent(test.eventsSender)).isEmpty();
        assertThat(AssignmentCardLines.of(test.cards().get(0))).anyMatch(line -> line.startsWith("Skipped: ")
                && !line.startsWith("Skipped: 0 "));
    }

    @Test
    void tenantWithoutOpenWorkGetsNoCard() {
        test.store.openAssignments(TestRuntime.TENANT).forEach(a -> test.store.updateAssignmentStatus(
                TestRuntime.TENANT, a.id(), AssignmentStatus.CLOSED, TestRuntime.START));

        function.rebalanceAll(new TestContext("RebalanceWorkload").context());

        assertThat(test.cards()).isEmpty();
        assertThat(test.audit(AuditKind.TICKET_REASSIGNED)).isEmpty();
    }

    @Test
    void failedTenantDoesNotStopOthers() {
        TenantId broken = Tenants.TENANT_B;
        test.store.saveTenant(Tenants.profile(broken));
        Tenants.clients().forEach(client -> test.store.saveClient(broken, client));
        test.store.recordAssignment(broken, assignment(broken, "T-9", CY), audit(broken, "T-9"));

        assertThatThrownBy(() -> function.rebalanceAll(new TestContext("RebalanceWorkload").context()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[msp-south]");
        assertThat(test.audit(AuditKind.TICKET_REASSIGNED)).isNotEmpty();
    }

    @Test
    void dispatcherOverrideIsNotUndone() {
        for (Assignment first : test.store.openAssignments(TestRuntime.TENANT)) {
            overrideTo(first, CY);
        }

        function.rebalanceAll(new TestContext("RebalanceWorkload").context());

        assertThat(test.audit(AuditKind.TICKET_REASSIGNED)).noneMatch(entry -> entry.actor().equals("rebalance"));
        assertThat(test.store.openAssignments(TestRuntime.TENANT)).hasSize(6)
                .allMatch(a -> a.technician().equals(CY) && a.revision() == 1);
    }

    /** Supersedes an assignment and records the next revision as a dispatcher's override would. */
    private void overrideTo(Assignment current, TechnicianId technician) {
        test.store.updateAssignmentStatus(current.tenant(), current.id(), AssignmentStatus.SUPERSEDED, TestRuntime.START);
        Assignment next = new Assignment(Assignment.idFor(current.tenant(), current.ticket(), 1), current.tenant(),
                current.ticket(), current.client(), technician, TestRuntime.START, null, current.effort(),
                AssignmentStatus.OPEN, null, 1);
        test.store.recordAssignment(current.tenant(), next, new AuditEntry(Reassignments.auditId(next),
                current.tenant(), TestRuntime.START, AuditKind.TICKET_REASSIGNED, current.ticket().value(),
                "Dana Dispatcher", "{}"));
    }

    /** Records an open assignment of a saved ticket to a technician, as if the engine had made it. */
    private void pile(TenantId tenant, String ticketId, TechnicianId technician) {
        Ticket ticket = TicketBuilder.ticket(ticketId).withClient("client-gold").withRequiredSkill("windows", 2)
                .withEffort(Duration.ofHours(1)).build();
        test.store.saveTicket(tenant, ticket);
        test.store.recordAssignment(tenant, assignment(tenant, ticketId, technician), audit(tenant, ticketId));
    }

    private static Assignment assignment(TenantId tenant, String ticketId, TechnicianId technician) {
        TicketId ticket = TicketId.of(ticketId);
        return new Assignment(Assignment.idFor(tenant, ticket, 0), tenant, ticket, ClientId.of("client-gold"),
                technician, TestRuntime.START.minusSeconds(60), null, Duration.ofHours(1), AssignmentStatus.OPEN, null,
                0);
    }

    private static AuditEntry audit(TenantId tenant, String ticketId) {
        return new AuditEntry("assigned|" + ticketId, tenant, TestRuntime.START.minusSeconds(60),
                AuditKind.TICKET_ASSIGNED, ticketId, "engine", "{}");
    }
}
