package com.techroute.replay.metrics;

import com.techroute.engine.domain.Technician;
import com.techroute.replay.learn.HistoryLearner;
import com.techroute.replay.learn.LearnedModel;
import com.techroute.replay.sim.EngineDispatcher;
import com.techroute.replay.sim.Job;
import com.techroute.replay.sim.SimTicket;
import com.techroute.replay.sim.SimulationResult;
import com.techroute.replay.sim.WorkQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes {@link StrategyMetrics} from a simulation result. */
public final class MetricsCalculator {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final List<SimTicket> tickets;
    private final LearnedModel model;

    /** Creates a calculator for the scored tickets of a replay. */
    public MetricsCalculator(List<SimTicket> tickets, LearnedModel model) {
        this.tickets = List.copyOf(tickets);
        this.model = model;
    }

    /** Computes the figures of one strategy. */
    public StrategyMetrics compute(SimulationResult result) {
        Map<String, Technician> technicianByPerson = new HashMap<>();
        List<Double> handled = new ArrayList<>();
        for (WorkQueue queue : result.queues()) {
            technicianByPerson.put(queue.person(), queue.technician());
            handled.add(queue.handled().toMillis() / MILLIS_PER_HOUR);
        }
        Counts counts = new Counts();
        List<Double> startHours = new ArrayList<>();
        boolean engine = EngineDispatcher.NAME.equals(result.strategy());
        for (SimTicket ticket : tickets) {
            Job job = result.jobs().get(ticket.index());
            counts.add(ticket, job, technicianByPerson, engine);
            if (job != null) {
                startHours.add(Duration.between(ticket.arrival(), job.start()).toMillis() / MILLIS_PER_HOUR);
            }
        }
        return new StrategyMetrics(result.strategy(), tickets.size(), counts.unassigned, counts.respondBreaches,
                counts.resolveBreaches, counts.bothBreaches, Distribution.mean(startHours), Distribution.median(startHours),
                Distribution.percentile(startHours, 0.9), Distribution.maxOverMean(handled),
                Distribution.gini(handled), handled.size(), counts.skillChecked, counts.skillMatched,
                engine ? counts.firstChoiceChecked : -1, engine ? counts.firstChoiceMatched : -1,
                counts.toUnknownPeople, result.rebalance());
    }

    /** Running counts over the tickets of one strategy. */
    private final class Counts {
        int unassigned;
        int respondBreaches;
        int resolveBreaches;
        int bothBreaches;
        int skillChecked;
        int skillMatched;
        int firstChoiceChecked;
        int firstChoiceMatched;
        int toUnknownPeople;

        void add(SimTicket ticket, Job job, Map<String, Technician> technicianByPerson, boolean engine) {
            if (job == null) {
                unassigned++;
                respondBreaches++;
                resolveBreaches++;
                return;
            }
            boolean lateStart = job.start().isAfter(ticket.deadlines().respondBy());
            boolean lateFinish = job.finish().isAfter(ticket.deadlines().resolveBy());
            respondBreaches += lateStart ? 1 : 0;
            resolveBreaches += lateFinish ? 1 : 0;
            bothBreaches += lateStart && lateFinish ? 1 : 0;
            Technician technician = technicianByPerson.get(job.person());
            toUnknownPeople += technician == null ? 1 : 0;
            if (ticket.requiresSkill()) {
                skillChecked++;
                skillMatched += technician != null && technician.skillLevel(ticket.skill()) >= HistoryLearner.REQUIRED_LEVEL ? 1 : 0;
            }
            String historical = ticket.firstAssignee();
            if (engine && historical != null && model.isTechnician(historical)) {
                firstChoiceChecked++;
                firstChoiceMatched += historical.equals(job.person()) ? 1 : 0;
            }
        }
    }
}
