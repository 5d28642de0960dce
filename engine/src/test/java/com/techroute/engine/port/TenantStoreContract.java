package com.techroute.engine.port;

import static com.techroute.engine.testing.AssignmentBuilder.assignment;
import static com.techroute.engine.testing.TechnicianBuilder.technician;
import static com.techroute.engine.testing.TicketBuilder.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.assignment.UnassignedTicket;
import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.FactorName;
import com.techroute.engine.decision.Shortfall;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TechnicianStatus;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.port.TenantStore.TenantMismatchException;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TicketBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link TenantStore} must show, tested only through the port. An adapter's test extends
 * this class and supplies {@link #newStore()}, an empty store for each test; a store that keeps data
 * outside the process overrides {@link #reopen(TenantStore)} as well.
 */
public abstract class TenantStoreContract {

    private static final TenantId A = Tenants.TENANT_A;
    private static final TenantId B = Tenants.TENANT_B;
    private static final Instant T0 = TicketBuilder.DEFAULT_CREATED_AT;
    private static final int THREADS = 8;

    /** The store under test; tests may replace it through {@link #reopen(TenantStore)}. */
    protected TenantStore store;

    /** Returns a new, empty store. */
    protected abstract TenantStore newStore();

    /**
     * Closes the store and returns a new one over the same data, as after a restart. The default
     * returns the store unchanged, which suits a store that lives only in memory.
     */
    protected TenantStore reopen(TenantStore current) {
        return current;
    }

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    // Tenants, technicians, clients and tickets

    @Test
    void savedTenantReadsBack() {
        TenantProfile profile = Tenants.profile(A);

        store.saveTenant(profile);

        assertThat(store.findTenant(A)).get().usingRecursiveComparison().isEqualTo(profile);
    }

    @Test
    void unknownTenantIsEmpty() {
        assertThat(store.findTenant(A)).isEmpty();
    }

    @Test
    void saveTenantReplacesSettings() {
        store.saveTenant(Tenants.profile(A));
        TenantProfile changed = Tenants.profile(A).withWeights(Tenants.profile(A).weights().with(FactorName.FAIRNESS, 2.5));

        store.saveTenant(changed);

        assertThat(store.findTenant(A)).get().extracting(p -> p.weights().of(FactorName.FAIRNESS)).isEqualTo(2.5);
    }

    @Test
    void technicianRoundTripsEveryField() {
        Technician full = technician("tech-7").withName("Priya Shah").withSkill("exchange", 5).withSkill("Azure AD", 2)
                .withLanguages("en", "de").withZone("Europe/Berlin").withShifts("MON 22:00-06:00", "TUE 09:00-13:00")
                .withTimeOff(T0, T0.plus(Duration.ofDays(2))).withCapacity(Duration.ofMinutes(330))
                .withStatus(TechnicianStatus.INACTIVE).build();

        store.saveTechnician(A, full);

        assertThat(store.technicians(A)).containsExactly(full);
    }

    @Test
    void techniciansComeInIdOrder() {
        store.saveTechnician(A, technician("tech-3").build());
        store.saveTechnician(A, technician("tech-1").build());
        store.saveTechnician(A, technician("tech-2").build());

        assertThat(store.technicians(A)).extracting(Technician::id)
                .containsExactly(TechnicianId.of("tech-1"), TechnicianId.of("tech-2"), TechnicianId.of("tech-3"));
    }

    @Test
    void saveTechnicianReplacesSameId() {
        store.saveTechnician(A, technician("tech-1").withName("Old name").build());
        store.saveTechnician(A, technician("tech-1").withName("New name").build());

        assertThat(store.technicians(A)).extracting(Technician::name).containsExactly("New name");
    }

    @Test
    void savedClientReadsBack() {
        store.saveClient(A, Tenants.client("client-gold", "gold"));

        assertThat(store.findClient(A, ClientId.of("client-gold"))).contains(Tenants.client("client-gold", "gold"));
    }

    @Test
    void unknownClientIsEmpty() {
        store.saveClient(A, Tenants.client("client-gold", "gold"));

        assertThat(store.findClient(A, ClientId.of("client-silver"))).isEmpty();
    }

    @Test
    void saveClientReplacesSameId() {
        store.saveClient(A, Tenants.client("client-gold", "gold"));
        store.saveClient(A, Tenants.client("client-gold", "platinum"));

        assertThat(store.findClient(A, ClientId.of("client-gold"))).get().extracting(c -> c.tier()).isEqualTo("platinum");
    }

    @Test
    void savedTicketReadsBack() {
        Ticket saved = ticket("T-77").withPriority(Priority.P1_CRITICAL).withRequiredSkill("exchange", 3)
                .withCategory("Network", "VPN", null).withLanguage("fr").withEffort(Duration.ofMinutes(45)).build();

        store.saveTicket(A, saved);

        assertThat(store.findTicket(A, TicketId.of("T-77"))).contains(saved);
    }

    @Test
    void unknownTicketIsEmpty() {
        assertThat(store.findTicket(A, TicketId.of("T-404"))).isEmpty();
    }

    @Test
    void saveTicketReplacesSameId() {
        store.saveTicket(A, ticket("T-1").withSummary("first").build());
        store.saveTicket(A, ticket("T-1").withSummary("second").build());

        assertThat(store.findTicket(A, TicketId.of("T-1"))).get().extracting(Ticket::summary).isEqualTo("second");
    }

    // Recording assignments

    @Test
    void recordAssignmentStoresAssignmentAndAudit() {
        Assignment assigned = assignment("T-1").build();
        AuditEntry audit = auditOf(A, "audit-1", T0);

        Assignment returned = store.recordAssignment(A, assigned, audit);

        assertThat(returned).isEqualTo(assigned);
        assertThat(store.currentAssignment(A, TicketId.of("T-1"))).contains(assigned);
        assertThat(store.audit(A)).containsExactly(audit);
    }

    @Test
    void recordAssignmentTakesTicketOffUnassignedQueue() {
        store.recordUnassigned(A, unassignedOf(A, "T-1", T0), auditOf(A, "queued-1", T0));
        store.recordUnassigned(A, unassignedOf(A, "T-2", T0.plusSeconds(1)), auditOf(A, "queued-2", T0));

        store.recordAssignment(A, assignment("T-1").build(), auditOf(A, "assigned-1", T0.plusSeconds(2)));

        assertThat(store.unassigned(A)).extracting(entry -> entry.ticket().id()).containsExactly(TicketId.of("T-2"));
    }

    @Test
    void rerecordSameAssignmentIdReturnsFirst() {
        Assignment first = assignment("T-1").withTechnician("tech-1").build();
        Assignment second = assignment("T-1").withTechnician("tech-2").build();
        AuditEntry firstAudit = auditOf(A, "audit-1", T0);
        store.recordAssignment(A, first, firstAudit);

        Assignment returned = store.recordAssignment(A, second, auditOf(A, "audit-2", T0.plusSeconds(1)));

        assertThat(returned).isEqualTo(first);
        assertThat(store.assignmentsSince(A, Instant.EPOCH)).containsExactly(first);
        assertThat(store.audit(A)).containsExactly(firstAudit);
    }

    @Test
    void currentAssignmentIsLatestRevision() {
        Assignment original = assignment("T-1").withRevision(0)
                .withStatus(AssignmentStatus.SUPERSEDED, T0.plusSeconds(600)).build();
        Assignment override = assignment("T-1").withRevision(1).withTechnician("tech-2")
                .withAssignedAt(T0.plusSeconds(600)).build();
        store.recordAssignment(A, override, auditOf(A, "audit-2", T0.plusSeconds(600)));
        store.recordAssignment(A, original, auditOf(A, "audit-1", T0));

        assertThat(store.currentAssignment(A, TicketId.of("T-1"))).contains(override);
    }

    @Test
    void currentAssignmentOfUnassignedTicketIsEmpty() {
        store.recordAssignment(A, assignment("T-1").build(), auditOf(A, "audit-1", T0));

        assertThat(store.currentAssignment(A, TicketId.of("T-2"))).isEmpty();
    }

    // Unassigned queue

    @Test
    void unassignedQueueIsOldestFirst() {
        store.recordUnassigned(A, unassignedOf(A, "T-3", T0.plusSeconds(120)), auditOf(A, "queued-3", T0));
        store.recordUnassigned(A, unassignedOf(A, "T-1", T0), auditOf(A, "queued-1", T0));
        store.recordUnassigned(A, unassignedOf(A, "T-2", T0.plusSeconds(60)), auditOf(A, "queued-2", T0));

        assertThat(store.unassigned(A)).extracting(entry -> entry.ticket().id().value())
                .containsExactly("T-1", "T-2", "T-3");
    }

    @Test
    void unassignedEntryRoundTripsDecision() {
        UnassignedTicket entry = unassignedOf(A, "T-1", T0);

        store.recordUnassigned(A, entry, auditOf(A, "queued-1", T0));

        assertThat(store.unassigned(A)).containsExactly(entry);
    }

    @Test
    void rerecordUnassignedReplacesEntry() {
        store.recordUnassigned(A, unassignedOf(A, "T-1", T0), auditOf(A, "queued-1", T0));
        UnassignedTicket later = unassignedOf(A, "T-1", T0.plusSeconds(300));

        store.recordUnassigned(A, later, auditOf(A, "queued-2", T0.plusSeconds(300)));

        assertThat(store.unassigned(A)).containsExactly(later);
        assertThat(store.audit(A)).extracting(AuditEntry::id).containsExactly("queued-1", "queued-2");
    }

    @Test
    void rerecordUnassignedKeepsOneAuditPerId() {
        AuditEntry audit = auditOf(A, "queued-1", T0);
        store.recordUnassigned(A, unassignedOf(A, "T-1", T0), audit);

        store.recordUnassigned(A, unassignedOf(A, "T-1", T0), audit);

        assertThat(store.unassigned(A)).hasSize(1);
        assertThat(store.audit(A)).containsExactly(audit);
    }

    // Open assignments, history and status

    @Test
    void openAssignmentsComeInAssignedOrder() {
        Assignment third = openAt("T-3", 300);
        Assignment first = openAt("T-1", 100);
        Assignment second = assignment("T-2").withAssignedAt(T0.plusSeconds(200))
                .withStatus(AssignmentStatus.STARTED, null).build();
        for (Assignment each : List.of(third, first, second)) {
            store.recordAssignment(A, each, auditOf(A, "audit-" + each.ticket(), each.assignedAt()));
        }

        assertThat(store.openAssignments(A)).containsExactly(first, second, third);
    }

    @Test
    void openAssignmentsExcludeClosedAndSuperseded() {
        Assignment open = openAt("T-1", 100);
        Assignment closed = assignment("T-2").withStatus(AssignmentStatus.CLOSED, T0.plusSeconds(900)).build();
        Assignment superseded = assignment("T-3").withStatus(AssignmentStatus.SUPERSEDED, T0.plusSeconds(900)).build();
        for (Assignment each : List.of(open, closed, superseded)) {
            store.recordAssignment(A, each, auditOf(A, "audit-" + each.ticket(), T0));
        }

        assertThat(store.openAssignments(A)).containsExactly(open);
    }

    @Test
    void assignmentsSinceIncludesBoundaryAndEveryStatus() {
        Instant since = T0.plusSeconds(200);
        Assignment justBefore = assignment("T-0").withAssignedAt(since.minusNanos(1)).build();
        Assignment atBoundary = assignment("T-1").withAssignedAt(since)
                .withStatus(AssignmentStatus.CLOSED, since.plusSeconds(10)).build();
        Assignment after = assignment("T-2").withAssignedAt(since.plusMillis(1))
                .withStatus(AssignmentStatus.SUPERSEDED, since.plusSeconds(20)).build();
        for (Assignment each : List.of(after, justBefore, atBoundary)) {
            store.recordAssignment(A, each, auditOf(A, "audit-" + each.ticket(), T0));
        }

        assertThat(store.assignmentsSince(A, since)).containsExactly(atBoundary, after);
    }

    @Test
    void updateToStartedKeepsAssignmentOpen() {
        Assignment assigned = openAt("T-1", 100);
        store.recordAssignment(A, assigned, auditOf(A, "audit-1", T0));

        store.updateAssignmentStatus(A, assigned.id(), AssignmentStatus.STARTED, T0.plusSeconds(500));

        assertThat(store.openAssignments(A)).extracting(Assignment::status).containsExactly(AssignmentStatus.STARTED);
        assertThat(store.currentAssignment(A, assigned.ticket())).get().extracting(Assignment::closedAt).isNull();
    }

    @Test
    void updateToClosedRemovesFromOpenWork() {
        Assignment assigned = openAt("T-1", 100);
        store.recordAssignment(A, assigned, auditOf(A, "audit-1", T0));
        Instant closedAt = T0.plusSeconds(3600);

        store.updateAssignmentStatus(A, assigned.id(), AssignmentStatus.CLOSED, closedAt);

        assertThat(store.openAssignments(A)).isEmpty();
        assertThat(store.currentAssignment(A, assigned.ticket())).contains(assigned.withStatus(AssignmentStatus.CLOSED, closedAt));
    }

    @Test
    void updateUnknownAssignmentThrows() {
        assertThatThrownBy(() -> store.updateAssignmentStatus(A, "no-such-id", AssignmentStatus.CLOSED, T0))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no-such-id");
    }

    // Audit trail

    @Test
    void appendAuditKeepsFirstOfSameId() {
        AuditEntry first = auditOf(A, "audit-1", T0);
        store.appendAudit(A, first);

        store.appendAudit(A, new AuditEntry("audit-1", A, T0.plusSeconds(5), AuditKind.NOTIFICATION_FAILED, "T-1",
                "engine", "{\"retry\":true}"));

        assertThat(store.audit(A)).containsExactly(first);
    }

    @Test
    void auditIsOldestFirst() {
        AuditEntry later = auditOf(A, "audit-2", T0.plusSeconds(10));
        AuditEntry earlier = auditOf(A, "audit-1", T0);
        store.appendAudit(A, later);
        store.appendAudit(A, earlier);

        assertThat(store.audit(A)).containsExactly(earlier, later);
    }

    // Tenant isolation

    @Test
    void otherTenantReadsNothing() {
        fillTenant(A);

        assertThat(store.findTenant(B)).isEmpty();
        assertThat(store.technicians(B)).isEmpty();
        assertThat(store.findClient(B, ClientId.of("client-gold"))).isEmpty();
        assertThat(store.findTicket(B, TicketId.of("T-1"))).isEmpty();
        assertThat(store.unassigned(B)).isEmpty();
        assertThat(store.currentAssignment(B, TicketId.of("T-1"))).isEmpty();
        assertThat(store.openAssignments(B)).isEmpty();
        assertThat(store.assignmentsSince(B, Instant.EPOCH)).isEmpty();
        assertThat(store.audit(B)).isEmpty();
    }

    @Test
    void otherTenantCannotUpdateStatus() {
        Assignment assigned = assignment("T-1").withId("shared-id").build();
        store.recordAssignment(A, assigned, auditOf(A, "audit-1", T0));

        assertThatThrownBy(() -> store.updateAssignmentStatus(B, "shared-id", AssignmentStatus.CLOSED, T0))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(store.openAssignments(A)).containsExactly(assigned);
    }

    @Test
    void assignmentOfOtherTenantIsRejected() {
        store.recordUnassigned(B, unassignedOf(B, "T-1", T0), auditOf(B, "queued-1", T0));
        Assignment ofA = assignment("T-1").withTenant(A).build();

        assertThatThrownBy(() -> store.recordAssignment(B, ofA, auditOf(B, "audit-1", T0)))
                .isInstanceOf(TenantMismatchException.class);
        assertNothingRecorded(A);
        assertThat(store.openAssignments(B)).isEmpty();
        assertThat(store.unassigned(B)).hasSize(1);
        assertThat(store.audit(B)).extracting(AuditEntry::id).containsExactly("queued-1");
    }

    @Test
    void auditOfOtherTenantIsRejectedWithAssignment() {
        Assignment ofB = assignment("T-1").withTenant(B).build();

        assertThatThrownBy(() -> store.recordAssignment(B, ofB, auditOf(A, "audit-1", T0)))
                .isInstanceOf(TenantMismatchException.class);
        assertNothingRecorded(A);
        assertNothingRecorded(B);
    }

    @Test
    void unassignedTicketOfOtherTenantIsRejected() {
        assertThatThrownBy(() -> store.recordUnassigned(B, unassignedOf(A, "T-1", T0), auditOf(B, "queued-1", T0)))
                .isInstanceOf(TenantMismatchException.class);
        assertNothingRecorded(A);
        assertNothingRecorded(B);
    }

    @Test
    void auditOfOtherTenantIsRejectedWithUnassigned() {
        assertThatThrownBy(() -> store.recordUnassigned(B, unassignedOf(B, "T-1", T0), auditOf(A, "queued-1", T0)))
                .isInstanceOf(TenantMismatchException.class);
        assertNothingRecorded(A);
        assertNothingRecorded(B);
    }

    @Test
    void appendedAuditOfOtherTenantIsRejected() {
        assertThatThrownBy(() -> store.appendAudit(B, auditOf(A, "audit-1", T0)))
                .isInstanceOf(TenantMismatchException.class);
        assertNothingRecorded(A);
        assertNothingRecorded(B);
    }

    @Test
    void sameIdsInTwoTenantsStaySeparate() {
        store.saveTechnician(A, technician("tech-1").withName("Ann").build());
        store.saveTechnician(B, technician("tech-1").withName("Bob").build());
        store.saveClient(A, Tenants.client("client-1", "gold"));
        store.saveClient(B, Tenants.client("client-1", "bronze"));
        store.saveTicket(A, ticket("T-1").withSummary("A's ticket").build());
        store.saveTicket(B, ticket("T-1").withSummary("B's ticket").build());
        Assignment ofA = assignment("T-1").withTenant(A).withId("same-id").withTechnician("tech-1").build();
        Assignment ofB = assignment("T-1").withTenant(B).withId("same-id").withTechnician("tech-9").build();
        store.recordAssignment(A, ofA, auditOf(A, "audit-1", T0));
        store.recordAssignment(B, ofB, auditOf(B, "audit-1", T0));
        store.updateAssignmentStatus(A, "same-id", AssignmentStatus.CLOSED, T0.plusSeconds(60));

        assertThat(store.technicians(A)).extracting(Technician::name).containsExactly("Ann");
        assertThat(store.technicians(B)).extracting(Technician::name).containsExactly("Bob");
        assertThat(store.findClient(B, ClientId.of("client-1"))).get().extracting(c -> c.tier()).isEqualTo("bronze");
        assertThat(store.findTicket(B, TicketId.of("T-1"))).get().extracting(Ticket::summary).isEqualTo("B's ticket");
        assertThat(store.openAssignments(A)).isEmpty();
        assertThat(store.openAssignments(B)).containsExactly(ofB);
        assertThat(store.audit(A)).hasSize(1);
        assertThat(store.audit(B)).hasSize(1);
    }

    // Concurrency and restart

    @Test
    void concurrentDistinctAssignmentsAreAllKept() throws Exception {
        int perThread = 25;

        runConcurrently(thread -> () -> {
            for (int i = 0; i < perThread; i++) {
                String ticketId = "T-" + thread + "-" + i;
                store.recordAssignment(A, assignment(ticketId).withAssignedAt(T0.plusSeconds(i)).build(),
                        auditOf(A, "audit-" + ticketId, T0.plusSeconds(i)));
            }
            return null;
        });

        assertThat(store.openAssignments(A)).hasSize(THREADS * perThread);
        assertThat(store.audit(A)).hasSize(THREADS * perThread);
    }

    @Test
    void concurrentSameAssignmentIdYieldsOne() throws Exception {
        List<Assignment> returned = runConcurrently(thread -> () -> store.recordAssignment(A,
                assignment("T-1").withTechnician("tech-" + thread).build(), auditOf(A, "audit-" + thread, T0)));

        Optional<Assignment> stored = store.currentAssignment(A, TicketId.of("T-1"));
        assertThat(stored).isPresent();
        assertThat(returned).containsOnly(stored.get());
        assertThat(store.assignmentsSince(A, Instant.EPOCH)).hasSize(1);
        assertThat(store.audit(A)).hasSize(1);
    }

    @Test
    void recordsSurviveReopen() {
        fillTenant(A);

        store = reopen(store);

        assertThat(store.findTenant(A)).isPresent();
        assertThat(store.technicians(A)).hasSize(1);
        assertThat(store.findClient(A, ClientId.of("client-gold"))).isPresent();
        assertThat(store.findTicket(A, TicketId.of("T-1"))).isPresent();
        assertThat(store.unassigned(A)).hasSize(1);
        assertThat(store.openAssignments(A)).hasSize(1);
        assertThat(store.audit(A)).hasSize(3);
    }

    // Helpers

    /** Saves one of everything for the tenant: T-1 assigned, T-2 queued, and an extra audit record. */
    protected void fillTenant(TenantId tenant) {
        store.saveTenant(Tenants.profile(tenant));
        store.saveTechnician(tenant, technician("tech-1").build());
        store.saveClient(tenant, Tenants.client("client-gold", "gold"));
        store.saveTicket(tenant, ticket("T-1").build());
        store.recordAssignment(tenant, assignment("T-1").withTenant(tenant).build(), auditOf(tenant, "audit-1", T0));
        store.recordUnassigned(tenant, unassignedOf(tenant, "T-2", T0), auditOf(tenant, "queued-2", T0));
        store.appendAudit(tenant, auditOf(tenant, "note-1", T0.plusSeconds(1)));
    }

    private void assertNothingRecorded(TenantId tenant) {
        assertThat(store.assignmentsSince(tenant, Instant.EPOCH)).isEmpty();
        assertThat(store.unassigned(tenant)).isEmpty();
        assertThat(store.audit(tenant)).isEmpty();
    }

    private <T> List<T> runConcurrently(IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                Callable<T> work = task.apply(thread);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Assignment openAt(String ticketId, long secondsAfterT0) {
        return assignment(ticketId).withAssignedAt(T0.plusSeconds(secondsAfterT0)).build();
    }

    private static AuditEntry auditOf(TenantId tenant, String id, Instant at) {
        return new AuditEntry(id, tenant, at, AuditKind.TICKET_ASSIGNED, "T-1", "engine", "{\"score\":7.25}");
    }

    private static UnassignedTicket unassignedOf(TenantId tenant, String ticketId, Instant queuedAt) {
        Ticket queued = ticket(ticketId).withRequiredSkill("exchange", 4).build();
        Shortfall closest = new Shortfall(TechnicianId.of("tech-1"),
                List.of(new Exclusion(ExclusionReason.MISSING_SKILL, "exchange level 2, needs 4")));
        Decision decision = new Decision(queued.id(), null, 0, null, List.of(), null,
                Map.of(ExclusionReason.MISSING_SKILL, 3, ExclusionReason.OFF_SHIFT, 1), 3, 0,
                new SlaDeadlines(queuedAt.plusSeconds(3600), queuedAt.plusSeconds(4 * 3600)),
                List.of(new SkillRequirement("exchange", 4)), List.of(closest), queuedAt);
        return new UnassignedTicket(tenant, queued, decision, queuedAt);
    }
}
