package com.techroute.rebalancer.solver;

import static com.techroute.rebalancer.Fixtures.BRONZE;
import static com.techroute.rebalancer.Fixtures.GOLD;
import static com.techroute.rebalancer.Fixtures.NOW;
import static com.techroute.rebalancer.Fixtures.PLATINUM;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.decision.FactorName;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.rebalancer.Fixtures;
import com.techroute.rebalancer.RebalanceSettings;
import com.techroute.rebalancer.Scenario;
import com.techroute.rebalancer.domain.QueuedTicket;
import com.techroute.rebalancer.domain.RebalanceSolution;
import com.techroute.rebalancer.domain.TechnicianQueue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RebalanceConstraintsTest {

    private static final ConstraintVerifier<RebalanceConstraints, RebalanceSolution> VERIFIER =
            ConstraintVerifier.build(new RebalanceConstraints(), RebalanceSolution.class, TechnicianQueue.class,
                    QueuedTicket.class);
    private static final RebalanceSettings SETTINGS = RebalanceSettings.DEFAULT.withMovePenalty(0.5).withMaxMoves(1);
    private static final SkillRequirement EXCHANGE_3 = new SkillRequirement("exchange", 3);

    private static Technician technician(String id) {
        return Fixtures.technician(id, Map.of("exchange", 3), 40);
    }

    @Test
    void requiredSkillsPenalizesTicketBelowMinimumLevel() {
        RebalanceSolution solution = Scenario.with(Fixtures.profile())
                .technician(Fixtures.technician("low", Map.of("exchange", 2), 40))
                .queued("low", Fixtures.ticket("T-1", GOLD, Priority.P3_MEDIUM, 1, EXCHANGE_3), GOLD)
                .queued("low", Fixtures.ticket("T-2", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .solution(SETTINGS);

        VERIFIER.verifyThat(RebalanceConstraints::requiredSkills).givenSolution(solution).settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void technicianInactivePenalizesEachQueuedTicket() {
        RebalanceSolution solution = Scenario.with(Fixtures.profile())
                .technician(Fixtures.inactive(technician("away")))
                .technician(technician("here"))
                .queued("away", Fixtures.ticket("T-1", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .queued("away", Fixtures.ticket("T-2", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .queued("here", Fixtures.ticket("T-3", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .solution(SETTINGS);

        VERIFIER.verifyThat(RebalanceConstraints::technicianInactive).givenSolution(solution)
                .settingAllShadowVariables().penalizesBy(2);
    }

    @Test
    void technicianOnTimeOffPenalizesEachQueuedTicket() {
        Technician onLeave = Fixtures.withTimeOff(technician("leave"), NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(2)));
        Technician backLater = Fixtures.withTimeOff(technician("later"), NOW.plus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(2)));
        RebalanceSolution solution = Scenario.with(Fixtures.profile())
                .technician(onLeave)
                .technician(backLater)
                .queued("leave", Fixtures.ticket("T-1", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .queued("leave", Fixtures.ticket("T-2", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .queued("later", Fixtures.ticket("T-3", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .solution(SETTINGS);

        VERIFIER.verifyThat(RebalanceConstraints::technicianOnTimeOff).givenSolution(solution)
                .settingAllShadowVariables().penalizesBy(2);
    }

    @Test
    void offShiftPenalizesTicketDueBeforeShift() {
        // Monday 10:00 now and the night shift starts at 20:00. The platinum P1 needs a response by 11:00,
        // before the shift; the bronze P4 by Tuesday 02:00, after the shift starts.
        Technician nights = Fixtures.withShifts(technician("nights"), List.of(WeeklyWindow.parse("MON 20:00-04:00")));
        RebalanceSolution solution = Scenario.with(Fixtures.profile())
                .technician(nights)
                .queued("nights", Fixtures.ticket("T-1", PLATINUM, Priority.P1_CRITICAL, 1), PLATINUM)
                .queued("nights", Fixtures.ticket("T-2", BRONZE, Priority.P4_LOW, 1), BRONZE)
                .solution(SETTINGS);

        VERIFIER.verifyThat(RebalanceConstraints::technicianOffShift).givenSolution(solution)
                .settingAllShadowVariables().penalizesBy(1);
    }

    @Test
    void capacityPenalizesEachTicketEndingPastCapacity() {
        // Capacity 4 h, started 1 h: T-1 ends at 3 h, T-2 at 5 h and T-3 at 6 h.
        RebalanceSolution solution = Scenario.with(Fixtures.profile())
                .technician(Fixtures.technician("small", Map.of("exchange", 3), 4))
                .started("small", "S-1", 1)
                .queued("small", Fixtures.ticket("T-1", GOLD, Priority.P3_MEDIUM, 2), GOLD)
                .queued("small", Fixtures.ticket("T-2", GOLD, Priority.P3_MEDIUM, 2), GOLD)
                .queued("small", Fixtures.ticket("T-3", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .solution(SETTINGS);

        VERIFIER.verifyThat(RebalanceConstraints::capacity).givenSolution(solution).settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void maxMovesPenalizesEachMoveBeyondLimit() {
        RebalanceSolution solution = threeTicketsWithA();
        moveTo(solution, "T-1", "b");
        moveTo(solution, "T-2", "b");
        moveTo(solution, "T-3", "b");

        VERIFIER.verifyThat(RebalanceConstraints::maxMoves).givenSolution(solution).settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void maxMovesHasNoImpactWithinLimit() {
        RebalanceSolution solution = threeTicketsWithA();
        moveTo(solution, "T-2", "b");

        VERIFIER.verifyThat(RebalanceConstraints::maxMoves).givenSolution(solution).settingAllShadowVariables()
                .hasNoImpact();
    }

    @Test
    void movePenaltyCountsTechnicianChangesOnly() {
        // T-1 and T-2 change technician; T-3 only moves to the front of its own queue, which is free.
        RebalanceSolution solution = threeTicketsWithA();
        moveTo(solution, "T-1", "b");
        moveTo(solution, "T-2", "b");

        VERIFIER.verifyThat(RebalanceConstraints::movePenalty).givenSolution(solution).settingAllShadowVariables()
                .penalizesBy(1000);
    }

    @Test
    void factorScoreRewardsWorkloadHeadroomAtQueuePosition() {
        // Headroom weight 2, capacity 8 h, started 1 h: T-1 uses 3 h of 8, T-2 5 h of 8.
        // 2 * (1 - 3/8) + 2 * (1 - 5/8) = 1.25 + 0.75 = 2.0, scaled by 1000.
        RebalanceSolution solution = Scenario.with(Fixtures.profile(Fixtures.only(FactorName.WORKLOAD_HEADROOM, 2)))
                .technician(Fixtures.technician("a", Map.of(), 8))
                .started("a", "S-1", 1)
                .queued("a", Fixtures.ticket("T-1", GOLD, Priority.P3_MEDIUM, 2), GOLD)
                .queued("a", Fixtures.ticket("T-2", GOLD, Priority.P3_MEDIUM, 2), GOLD)
                .solution(SETTINGS);

        VERIFIER.verifyThat(RebalanceConstraints::factorScore).givenSolution(solution).settingAllShadowVariables()
                .rewardsWith(2000);
    }

    @Test
    void factorScoreRewardsSlaUrgencyFromExpectedStart() {
        // SLA weight 4; gold P2 needs a response within 2 h. After 1 h of started work T-1 starts with 1 h of
        // its 2 h left (0.5), T-2 after another 0.5 h with 0.5 h left (0.25): 4 * 0.5 + 4 * 0.25 = 3.0.
        RebalanceSolution solution = Scenario.with(Fixtures.profile(Fixtures.only(FactorName.SLA_URGENCY, 4)))
                .technician(Fixtures.technician("a", Map.of(), 40))
                .started("a", "S-1", 1)
                .queued("a", Fixtures.ticket("T-1", GOLD, Priority.P2_HIGH, 0.5), GOLD)
                .queued("a", Fixtures.ticket("T-2", GOLD, Priority.P2_HIGH, 1), GOLD)
                .solution(SETTINGS);

        VERIFIER.verifyThat(RebalanceConstraints::factorScore).givenSolution(solution).settingAllShadowVariables()
                .rewardsWith(3000);
    }

    private static RebalanceSolution threeTicketsWithA() {
        return Scenario.with(Fixtures.profile())
                .technician(technician("a"))
                .technician(technician("b"))
                .queued("a", Fixtures.ticket("T-1", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .queued("a", Fixtures.ticket("T-2", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .queued("a", Fixtures.ticket("T-3", GOLD, Priority.P3_MEDIUM, 1), GOLD)
                .solution(SETTINGS);
    }

    /** Moves a ticket to the end of another technician's queue. */
    private static void moveTo(RebalanceSolution solution, String ticketId, String technicianId) {
        QueuedTicket ticket = solution.getTickets().stream().filter(t -> t.getId().equals(ticketId)).findFirst()
                .orElseThrow();
        solution.getQueues().forEach(queue -> queue.getTickets().remove(ticket));
        solution.getQueues().stream().filter(queue -> queue.getId().equals(technicianId)).findFirst().orElseThrow()
                .getTickets().add(ticket);
    }
}
