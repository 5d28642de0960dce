package com.techroute.replay.metrics;

import com.techroute.replay.sim.RebalanceStats;

/**
 * The comparison figures of one strategy over the scored tickets. {@code docs/replay.md} defines each.
 *
 * @param strategy strategy name
 * @param tickets scored tickets
 * @param unassigned tickets never assigned by the end of the simulation
 * @param respondBreaches tickets whose work started after respond-by, or never started
 * @param resolveBreaches tickets finished after resolve-by, or never finished
 * @param bothBreaches assigned tickets that breached both respond-by and resolve-by
 * @param meanStartHours mean time from arrival to start of work, in hours, over assigned tickets
 * @param medianStartHours median of the same
 * @param p90StartHours 90th percentile (nearest rank) of the same
 * @param loadMaxOverMean largest handled effort of a person divided by the mean over people
 * @param loadGini Gini coefficient of handled effort over people
 * @param people people the figures of load count: every technician, plus anyone else who got work
 * @param skillChecked assigned tickets that require a skill
 * @param skillMatched of those, tickets whose assignee has every required skill at its minimum level
 * @param firstChoiceChecked for the engine, assigned tickets whose first assignee in the log is a
 *     technician; -1 for other strategies
 * @param firstChoiceMatched of those, tickets the engine gave to that same person; -1 for other strategies
 * @param ticketsToUnknownPeople tickets given to people the engine does not know
 * @param rebalance what the strategy's rebalances did, or null when it does not rebalance
 */
public record StrategyMetrics(String strategy, int tickets, int unassigned, int respondBreaches,
        int resolveBreaches, int bothBreaches, double meanStartHours, double medianStartHours, double p90StartHours,
        double loadMaxOverMean, double loadGini, int people, int skillChecked, int skillMatched,
        int firstChoiceChecked, int firstChoiceMatched, int ticketsToUnknownPeople, RebalanceStats rebalance) {

    /** Creates the figures of a strategy that does not rebalance. */
    public StrategyMetrics(String strategy, int tickets, int unassigned, int respondBreaches, int resolveBreaches,
            int bothBreaches, double meanStartHours, double medianStartHours, double p90StartHours,
            double loadMaxOverMean, double loadGini, int people, int skillChecked, int skillMatched,
            int firstChoiceChecked, int firstChoiceMatched, int ticketsToUnknownPeople) {
        this(strategy, tickets, unassigned, respondBreaches, resolveBreaches, bothBreaches, meanStartHours,
                medianStartHours, p90StartHours, loadMaxOverMean, loadGini, people, skillChecked, skillMatched,
                firstChoiceChecked, firstChoiceMatched, ticketsToUnknownPeople, null);
    }

    /** Returns the share of tickets with a respond breach, from 0 to 1. */
    public double respondBreachRate() {
        return rate(respondBreaches, tickets);
    }

    /** Returns the share of tickets with a resolve breach, from 0 to 1. */
    public double resolveBreachRate() {
        return rate(resolveBreaches, tickets);
    }

    /** Returns the assigned tickets that met both targets. */
    public int onTime() {
        return tickets - unassigned - respondOnly() - resolveOnly() - bothBreaches;
    }

    /** Returns the assigned tickets that breached respond-by but not resolve-by. */
    public int respondOnly() {
        return respondBreaches - unassigned - bothBreaches;
    }

    /** Returns the assigned tickets that breached resolve-by but not respond-by. */
    public int resolveOnly() {
        return resolveBreaches - unassigned - bothBreaches;
    }

    /** Returns the skill-match rate, from 0 to 1; 0 when no assigned ticket requires a skill. */
    public double skillMatchRate() {
        return rate(skillMatched, skillChecked);
    }

    /** Returns whether the first-choice match applies: only the engine has one. */
    public boolean hasFirstChoice() {
        return firstChoiceChecked >= 0;
    }

    /** Returns the first-choice match rate, from 0 to 1; 0 when it does not apply or nothing was checked. */
    public double firstChoiceRate() {
        return hasFirstChoice() ? rate(firstChoiceMatched, firstChoiceChecked) : 0;
    }

    private static double rate(int part, int whole) {
        return whole <= 0 ? 0 : part / (double) whole;
    }
}
