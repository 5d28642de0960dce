package com.techroute.rebalancer.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * One tenant's rebalance problem and, once solved, its plan: every technician's queue with the unstarted
 * tickets placed in it.
 */
@PlanningSolution
public class RebalanceSolution {

    @ProblemFactProperty
    private MovePolicy movePolicy;
    @PlanningEntityCollectionProperty
    private List<TechnicianQueue> queues;
    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<QueuedTicket> tickets;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** Creates an empty solution; the solver's cloner needs this constructor. */
    public RebalanceSolution() {
    }

    /**
     * Creates a problem.
     *
     * @param movePolicy move penalty and max moves
     * @param queues one queue per technician, each already holding its unstarted tickets
     * @param tickets every unstarted ticket, each in exactly one queue
     */
    public RebalanceSolution(MovePolicy movePolicy, List<TechnicianQueue> queues, List<QueuedTicket> tickets) {
        this.movePolicy = movePolicy;
        this.queues = queues;
        this.tickets = tickets;
    }

    public MovePolicy getMovePolicy() {
        return movePolicy;
    }

    public List<TechnicianQueue> getQueues() {
        return queues;
    }

    public List<QueuedTicket> getTickets() {
        return tickets;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
