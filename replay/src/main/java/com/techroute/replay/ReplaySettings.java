package com.techroute.replay;

import com.techroute.engine.calendar.SlaTarget;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.domain.Priority;
import com.techroute.replay.rebalance.ReplayRebalance;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every value a replay needs that the log cannot supply. The command line sets each one with a flag,
 * and the report prints them all.
 *
 * @param zone time zone of the log's local times, the learned shifts and the business hours
 * @param historyShare share of the log's time span, from its first ticket, that is learned from and
 *     not scored; above 0 and below 1
 * @param batchWindow tickets that arrive within this time of the first one are assigned as one batch;
 *     zero assigns each ticket on its own
 * @param handlingCap longest simulated handling time of one ticket, in working time; also caps the
 *     effort estimate
 * @param minEffort shortest effort estimate and shortest handling time used to compare speeds
 * @param capacity most open effort a technician may hold
 * @param minSkillHolders a category's skill is required only when at least this many technicians have it
 * @param slaTargets respond and resolve targets per priority, in working time of the business hours
 * @param businessHours weekly windows of the calendar the SLA targets count in
 * @param shifts where technicians' shifts come from
 * @param tiers where client tiers come from
 * @param tierWeights weights of the tiers from the busiest quartile of clients down; four positive values
 * @param rebalance periodic rebalance of the engine's queues, run as a fifth strategy, or null for none
 */
public record ReplaySettings(ZoneId zone, double historyShare, Duration batchWindow, Duration handlingCap,
        Duration minEffort, Duration capacity, int minSkillHolders, Map<Priority, SlaTarget> slaTargets, List<WeeklyWindow> businessHours,
        ShiftSource shifts, TierSource tiers, List<Double> tierWeights, ReplayRebalance rebalance) {

    /** Default history share: the first fifth of the log's time span. */
    public static final double DEFAULT_HISTORY_SHARE = 0.2;

    /** Source of technicians' weekly shifts. */
    public enum ShiftSource {
        /** From the hours and weekdays each person acted in the history part. */
        LEARNED,
        /** Everyone works the business hours. */
        BUSINESS_HOURS
    }

    /** Source of client tiers. */
    public enum TierSource {
        /** Quartiles of the clients' ticket volume in the history part. */
        VOLUME,
        /** Every client has one tier. */
        NONE
    }

    /**
     * Validates every value.
     *
     * @throws IllegalArgumentException naming the value and the accepted range
     */
    public ReplaySettings {
        Objects.requireNonNull(zone, "zone must not be null");
        if (!(historyShare > 0 && historyShare < 1)) {
            throw new IllegalArgumentException(String.format(
                    "Invalid history share (%s). Use a number above 0 and below 1, such as 0.2.", historyShare));
        }
        requireNotNegative(batchWindow, "batch window");
        requirePositive(handlingCap, "handling-time cap");
        requirePositive(minEffort, "minimum effort");
        requirePositive(capacity, "capacity");
        if (minSkillHolders < 1) {
            throw new IllegalArgumentException(String.format(
                    "Invalid minimum of skill holders (%d). Give 1 or more.", minSkillHolders));
        }
        if (minEffort.compareTo(handlingCap) > 0) {
            throw new IllegalArgumentException(String.format(
                    "Minimum effort (%s) exceeds the handling-time cap (%s). Lower the minimum or raise the cap.",
                    minEffort, handlingCap));
        }
        slaTargets = copyTargets(slaTargets);
        businessHours = List.copyOf(businessHours);
        if (businessHours.isEmpty()) {
            throw new IllegalArgumentException("Business hours are empty. Give at least one weekly window, such as"
                    + " MON-FRI 08:00-18:00.");
        }
        Objects.requireNonNull(shifts, "shift source must not be null");
        Objects.requireNonNull(tiers, "tier source must not be null");
        tierWeights = List.copyOf(tierWeights);
        requireTierWeights(tierWeights);
    }

    /** Creates settings without a rebalance. */
    public ReplaySettings(ZoneId zone, double historyShare, Duration batchWindow, Duration handlingCap,
            Duration minEffort, Duration capacity, int minSkillHolders, Map<Priority, SlaTarget> slaTargets,
            List<WeeklyWindow> businessHours, ShiftSource shifts, TierSource tiers, List<Double> tierWeights) {
        this(zone, historyShare, batchWindow, handlingCap, minEffort, capacity, minSkillHolders, slaTargets,
                businessHours, shifts, tiers, tierWeights, null);
    }

    /** Returns a copy with a periodic rebalance, or without one when {@code value} is null. */
    public ReplaySettings withRebalance(ReplayRebalance value) {
        return new ReplaySettings(zone, historyShare, batchWindow, handlingCap, minEffort, capacity, minSkillHolders,
                slaTargets, businessHours, shifts, tiers, tierWeights, value);
    }

    private static Map<Priority, SlaTarget> copyTargets(Map<Priority, SlaTarget> targets) {
        Map<Priority, SlaTarget> copy = new EnumMap<>(Priority.class);
        copy.putAll(targets);
        for (Priority priority : Priority.values()) {
            if (!copy.containsKey(priority)) {
                throw new IllegalArgumentException(String.format(
                        "SLA targets lack priority (%s). Give respond and resolve targets for P1 to P4.", priority));
            }
        }
        return Map.copyOf(copy);
    }

    private static void requireTierWeights(List<Double> weights) {
        if (weights.size() != 4) {
            throw new IllegalArgumentException(String.format(
                    "Tier weights %s have %d values. Give four, from the busiest quartile of clients down, such as"
                            + " 4,3,2,1.", weights, weights.size()));
        }
        for (double weight : weights) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(String.format(
                        "Tier weight (%s) is not a positive number. Give four positive numbers, such as 4,3,2,1.",
                        weight));
            }
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(String.format("Invalid %s (%s). Give a positive duration.", name, value));
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative()) {
            throw new IllegalArgumentException(String.format("Invalid %s (%s). Give zero or more.", name, value));
        }
    }
}
