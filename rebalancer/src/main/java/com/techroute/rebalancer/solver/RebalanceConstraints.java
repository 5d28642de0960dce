package com.techroute.rebalancer.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.factor.Factors;
import com.techroute.rebalancer.domain.MovePolicy;
import com.techroute.rebalancer.domain.QueuedTicket;

/**
 * The rebalance score: the online engine's hard constraints and weighted factor score, applied to each
 * unstarted ticket where it sits in its queue, plus the cost of moving tickets.
 *
 * <ul>
 *   <li>Hard: one point per ticket that fails a hard constraint where it sits, per constraint.</li>
 *   <li>Medium: one point per move beyond {@link MovePolicy#maxMoves()}.</li>
 *   <li>Soft: the ticket's factor score times {@link #SCORE_SCALE}, rounded, minus
 *       {@link MovePolicy#movePenalty()} per ticket that changed technician.</li>
 * </ul>
 */
public final class RebalanceConstraints implements ConstraintProvider {

    /** Soft points per factor-score point: the factor score is a double, the soft score a long. */
    public static final long SCORE_SCALE = 1000;

    public static final String REQUIRED_SKILLS = "Required skills";
    public static final String TECHNICIAN_INACTIVE = "Technician inactive";
    public static final String TECHNICIAN_ON_TIME_OFF = "Technician on time off";
    public static final String TECHNICIAN_OFF_SHIFT = "Technician off shift";
    public static final String CAPACITY = "Capacity";
    public static final String MAX_MOVES = "Max moves";
    public static final String FACTOR_SCORE = "Factor score";
    public static final String MOVE_PENALTY = "Move penalty";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            requiredSkills(factory),
            technicianInactive(factory),
            technicianOnTimeOff(factory),
            technicianOffShift(factory),
            capacity(factory),
            maxMoves(factory),
            factorScore(factory),
            movePenalty(factory)
        };
    }

    /** Penalizes a ticket whose technician lacks a required skill or its minimum level. */
    Constraint requiredSkills(ConstraintFactory factory) {
        return failing(factory, ExclusionReason.MISSING_SKILL, REQUIRED_SKILLS);
    }

    /** Penalizes a ticket in the queue of an inactive technician. */
    Constraint technicianInactive(ConstraintFactory factory) {
        return failing(factory, ExclusionReason.INACTIVE, TECHNICIAN_INACTIVE);
    }

    /** Penalizes a ticket in the queue of a technician on time off now. */
    Constraint technicianOnTimeOff(ConstraintFactory factory) {
        return failing(factory, ExclusionReason.TIME_OFF, TECHNICIAN_ON_TIME_OFF);
    }

    /** Penalizes a ticket whose technician has no shift now or before the ticket's SLA respond-by time. */
    Constraint technicianOffShift(ConstraintFactory factory) {
        return failing(factory, ExclusionReason.OFF_SHIFT, TECHNICIAN_OFF_SHIFT);
    }

    /**
     * Penalizes a ticket that ends past its technician's capacity: started work plus the tickets up to and
     * including it exceed the capacity. A queue keeps within capacity exactly when none of its tickets is
     * penalized.
     */
    Constraint capacity(ConstraintFactory factory) {
        return failing(factory, ExclusionReason.OVER_CAPACITY, CAPACITY);
    }

    /** Penalizes each ticket moved to another technician beyond the max moves, one medium point each. */
    Constraint maxMoves(ConstraintFactory factory) {
        return factory.forEach(QueuedTicket.class)
                .filter(QueuedTicket::moved)
                .groupBy(ConstraintCollectors.count())
                .join(MovePolicy.class)
                .filter((moves, policy) -> moves > policy.maxMoves())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, (moves, policy) -> moves - policy.maxMoves())
                .asConstraint(MAX_MOVES);
    }

    /**
     * Rewards each ticket with the engine's weighted factor score at its place in its queue, the same
     * objective the online decision maximizes.
     */
    Constraint factorScore(ConstraintFactory factory) {
        return factory.forEach(QueuedTicket.class)
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, RebalanceConstraints::scaledFactorScore)
                .asConstraint(FACTOR_SCORE);
    }

    /** Penalizes each ticket that changed technician by the move penalty; reordering a queue is free. */
    Constraint movePenalty(ConstraintFactory factory) {
        return factory.forEach(QueuedTicket.class)
                .filter(QueuedTicket::moved)
                .join(MovePolicy.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (ticket, policy) -> policy.movePenalty())
                .asConstraint(MOVE_PENALTY);
    }

    /** Returns a ticket's factor score where it sits, times {@link #SCORE_SCALE}, rounded. */
    public static long scaledFactorScore(QueuedTicket ticket) {
        double score = Factors.score(ticket.candidate(), ticket.getQueue().context().weights());
        return Math.round(score * SCORE_SCALE);
    }

    private static Constraint failing(ConstraintFactory factory, ExclusionReason reason, String name) {
        return factory.forEach(QueuedTicket.class)
                .filter(ticket -> reason.in(ticket.failures()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(name);
    }
}
