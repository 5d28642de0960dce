package com.techroute.rebalancer;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.techroute.engine.domain.TicketId;
import com.techroute.rebalancer.domain.QueuedTicket;
import com.techroute.rebalancer.domain.RebalanceSolution;
import com.techroute.rebalancer.domain.TechnicianQueue;
import com.techroute.rebalancer.solver.RebalanceConstraints;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-optimises one tenant's unstarted tickets across its technicians' queues with Timefold Solver.
 *
 * <p>The search starts from the queues as they are and keeps the best plan it finds, so the plan never
 * scores worse than the current queues. Started work never moves. The objective is the online engine's
 * factor score of every ticket at its place in its queue, minus a penalty per ticket that changes
 * technician; see {@link RebalanceConstraints}. Single-threaded and reproducible: the same request and
 * seed give the same plan when the search ends by its unimproved step limit. Thread-safe: each call
 * builds its own solver.
 */
public final class Rebalancer {

    /**
     * Moves one local-search step may evaluate without finding one that keeps or raises the score; the search
     * then stops at that local optimum.
     */
    static final long STEP_MOVE_LIMIT = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(Rebalancer.class);

    /**
     * Plans a rebalance.
     *
     * @throws IllegalArgumentException when the request's tickets do not match the roster's unstarted work
     */
    public RebalancePlan rebalance(RebalanceRequest request) {
        RebalanceSolution current = RebalanceProblem.build(request);
        SolverFactory<RebalanceSolution> factory = SolverFactory.create(solverConfig(request.settings()));
        SolutionManager<RebalanceSolution, HardMediumSoftLongScore> scorer = SolutionManager.create(factory);
        PlanScore before = PlanScore.of(scorer.update(current));
        Map<TicketId, Placement> placements = PlanBuilder.placements(current);

        RebalanceSolution problem = RebalanceProblem.build(request);
        int stranded = RebalanceProblem.unplaceStranded(problem);
        StrandedPlacer.placeAtQueueEnds(problem);
        LOG.info("Rebalance of tenant ({}) started: {} unstarted tickets ({} stranded), {} technicians, score ({})",
                request.profile().id(), problem.getTickets().size(), stranded, problem.getQueues().size(), before);
        RebalanceSolution solved = current;
        long startNanos = System.nanoTime();
        if (!problem.getTickets().isEmpty()) {
            solved = factory.buildSolver().solve(problem);
        }
        Duration solverTime = Duration.ofNanos(System.nanoTime() - startNanos);
        int unplaced = RebalanceProblem.restoreUnplaced(solved);
        if (unplaced > 0) {
            LOG.warn("Rebalance of tenant ({}) ran out of time placing stranded tickets: {} went back to their"
                    + " technicians' queues. Raise the time limit.", request.profile().id(), unplaced);
        }
        PlanScore after = PlanScore.of(scorer.update(solved));
        if (after.compareTo(before) < 0) {
            // Reinserting stranded tickets starts the search away from the current queues, so its best can
            // score below them; the current queues then stand.
            solved = current;
            after = before;
        }

        RebalancePlan plan = PlanBuilder.build(placements, solved, before, after, solverTime);
        LOG.info("Rebalance of tenant ({}) finished: {} moves, score ({}) to ({}), in {} ms",
                request.profile().id(), plan.moves().size(), before, after, solverTime.toMillis());
        return plan;
    }

    /** Builds the solver configuration: local search from the current queues, reproducible with the seed. */
    static SolverConfig solverConfig(RebalanceSettings settings) {
        ConstructionHeuristicPhaseConfig construction = new ConstructionHeuristicPhaseConfig();
        // Hill climbing beat late acceptance, tabu search and great deluge on the generated 200 x 20
        // instance (docs/rebalancer.md), and it stops at a local optimum, which makes runs reproducible.
        // Timefold's default moves for a list variable, but a step gives up after STEP_MOVE_LIMIT moves
        // with no acceptable one: the default never-ending selection would spin until the time limit once
        // the queues reach a strict local optimum, which a small tenant reaches in a few steps.
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig()
                .withMoveSelectors(new ListChangeMoveSelectorConfig(), new ListSwapMoveSelectorConfig())
                .withSelectedCountLimit(STEP_MOVE_LIMIT);
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withLocalSearchType(LocalSearchType.HILL_CLIMBING)
                .withMoveSelectorConfig(moves);
        if (settings.unimprovedStepLimit() > 0) {
            localSearch.setTerminationConfig(
                    new TerminationConfig().withUnimprovedStepCountLimit(settings.unimprovedStepLimit()));
        }
        return new SolverConfig()
                .withSolutionClass(RebalanceSolution.class)
                .withEntityClasses(TechnicianQueue.class, QueuedTicket.class)
                .withConstraintProviderClass(RebalanceConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.randomSeed())
                .withTerminationSpentLimit(settings.timeLimit())
                .withPhases(construction, localSearch);
    }
}
