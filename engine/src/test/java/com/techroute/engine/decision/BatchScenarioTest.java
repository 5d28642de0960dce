package com.techroute.engine.decision;

import static com.techroute.engine.decision.Scenario.ACME;
import static com.techroute.engine.decision.Scenario.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.batch.BatchAssigner;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.OpenWork;
import com.techroute.engine.workload.TechnicianLoad;
import com.techroute.engine.workload.WorkloadSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The only exchange expert can hold 4 hours of work. A routine exchange ticket arrives first, then one
 * that needs level 5. Taken in arrival order, the routine one goes to the expert and fills them up, so
 * the hard one finds nobody; solved jointly, the routine one goes to the generalist.
 */
class BatchScenarioTest {

    private static final Technician EXPERT = Scenario.technician("expert", Map.of("exchange", 5), 4);
    private static final Technician GENERALIST = Scenario.technician("generalist", Map.of("exchange", 3), 40);
    private static final Ticket ROUTINE =
            Scenario.ticket("T-routine", ACME, Priority.P3_MEDIUM, 2, new SkillRequirement("exchange", 3));
    private static final Ticket HARD =
            Scenario.ticket("T-hard", ACME, Priority.P3_MEDIUM, 3, new SkillRequirement("exchange", 5));

    private final TenantProfile profile = Scenario.profile();
    private final DecisionEngine engine = new DecisionEngine(profile);

    @Test
    void arrivalOrderSpendsExpertOnRoutineTicket() {
        Roster empty = Roster.of(List.of(EXPERT, GENERALIST), WorkloadSnapshot.EMPTY, NOW);
        Decision first = engine.decide(ROUTINE, ACME, empty, NOW);
        TechnicianLoad expertLoad = new TechnicianLoad(EXPERT.id(),
                List.of(new OpenWork(ROUTINE.id(), ACME.id(), ROUTINE.effort(), NOW, false)), Map.of(), 1);
        Roster afterFirst = Roster.of(List.of(EXPERT, GENERALIST),
                new WorkloadSnapshot(Map.of(EXPERT.id(), expertLoad)), NOW);

        Decision second = engine.decide(HARD, ACME, afterFirst, NOW);

        assertThat(first.technician()).isEqualTo(EXPERT.id());
        assertThat(second.assigned()).isFalse();
    }

    @Test
    void batchGivesExpertTheTicketOnlyTheyCanTake() {
        Roster roster = Roster.of(List.of(EXPERT, GENERALIST), WorkloadSnapshot.EMPTY, NOW);

        List<Decision> decisions = new BatchAssigner(engine).assign(List.of(
                TicketContext.of(profile, ROUTINE, ACME), TicketContext.of(profile, HARD, ACME)), roster, NOW);

        assertThat(decisions.get(0).technician()).isEqualTo(GENERALIST.id());
        assertThat(decisions.get(1).technician()).isEqualTo(EXPERT.id());
        assertThat(decisions.get(0).runnerUp().technician()).isEqualTo(EXPERT.id());
        assertThat(decisions.get(0).runnerUp().margin()).isNegative();
    }

    @Test
    void batchResultDoesNotDependOnArrivalOrder() {
        Roster roster = Roster.of(List.of(EXPERT, GENERALIST), WorkloadSnapshot.EMPTY, NOW);
        BatchAssigner batch = new BatchAssigner(engine);

        List<Decision> forward = batch.assign(List.of(
                TicketContext.of(profile, ROUTINE, ACME), TicketContext.of(profile, HARD, ACME)), roster, NOW);
        List<Decision> backward = batch.assign(List.of(
                TicketContext.of(profile, HARD, ACME), TicketContext.of(profile, ROUTINE, ACME)), roster, NOW);

        assertThat(backward.get(0).technician()).isEqualTo(forward.get(1).technician());
        assertThat(backward.get(1).technician()).isEqualTo(forward.get(0).technician());
    }

    @Test
    void batchQueuesSecondTicketBehindFirstWithRealEffort() {
        Technician only = Scenario.technician("only", Map.of("exchange", 4), 40);
        Ticket urgent = Scenario.ticket("T-urgent", ACME, Priority.P1_CRITICAL, 1, new SkillRequirement("exchange", 3));
        Ticket routine = Scenario.ticket("T-low", ACME, Priority.P4_LOW, 3, new SkillRequirement("exchange", 3));
        Roster roster = Roster.of(List.of(only), WorkloadSnapshot.EMPTY, NOW);

        List<Decision> decisions = new BatchAssigner(engine).assign(List.of(
                TicketContext.of(profile, routine, ACME), TicketContext.of(profile, urgent, ACME)), roster, NOW);

        // The urgent ticket takes slot 0 and starts now; the routine one waits for its 1 hour.
        assertThat(decisions.get(1).expectedStart()).isEqualTo(NOW);
        assertThat(decisions.get(0).expectedStart()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void batchLeavesTicketUnassignedWhenCapacityRunsOut() {
        Technician small = Scenario.technician("small", Map.of("exchange", 4), 3);
        List<TicketContext> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tickets.add(TicketContext.of(profile,
                    Scenario.ticket("T-" + i, ACME, Priority.P3_MEDIUM, 1.5, new SkillRequirement("exchange", 3)), ACME));
        }
        Roster roster = Roster.of(List.of(small), WorkloadSnapshot.EMPTY, NOW);

        List<Decision> decisions = new BatchAssigner(engine).assign(tickets, roster, NOW);

        assertThat(decisions).filteredOn(Decision::assigned).hasSize(2);
        Decision left = decisions.stream().filter(d -> !d.assigned()).findFirst().orElseThrow();
        assertThat(left.exclusionCounts()).containsEntry(ExclusionReason.OVER_CAPACITY, 1);
        assertThat(left.closestCandidates().get(0).failures().get(0).reason()).isEqualTo(ExclusionReason.OVER_CAPACITY);
    }
}
