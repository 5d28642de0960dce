package com.techroute.replay.learn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Median handling times per category and per person and category, learned from the history part, and
 * the speeds and effort estimates that follow from them.
 *
 * <p>A person's speed on a category is the category's median handling time divided by the person's
 * median on it, so 2 means twice as fast as the typical handler. It is 1 when the person resolved fewer
 * than {@link #MIN_SAMPLES} tickets of the category, or when the category or person is unknown, and it
 * is kept within [{@link #MIN_SPEED}, {@link #MAX_SPEED}] so a few very quick tickets cannot make
 * someone ten times as fast. Handling times below the minimum effort count as the minimum effort here.
 */
public final class ServiceTimes {

    /** Minimum number of resolved tickets of a category from which a person's speed on it is learned. */
    public static final int MIN_SAMPLES = 3;
    /** Lowest learned speed. */
    public static final double MIN_SPEED = 0.25;
    /** Highest learned speed. */
    public static final double MAX_SPEED = 4.0;

    private final Map<String, Duration> categoryMedians;
    private final Duration overallMedian;
    private final Map<String, Map<String, Double>> speeds;
    private final Duration minEffort;
    private final Duration cap;

    private ServiceTimes(Map<String, Duration> categoryMedians, Duration overallMedian,
            Map<String, Map<String, Double>> speeds, Duration minEffort, Duration cap) {
        this.categoryMedians = Map.copyOf(categoryMedians);
        this.overallMedian = overallMedian;
        this.speeds = speeds;
        this.minEffort = minEffort;
        this.cap = cap;
    }

    /**
     * Learns service times.
     *
     * @param samples handling times of resolved history tickets; each with its skill (or null) and resolver
     * @param minEffort floor of every handling time and estimate
     * @param cap ceiling of every estimate
     */
    public static ServiceTimes learn(List<Sample> samples, Duration minEffort, Duration cap) {
        Map<String, List<Duration>> byCategory = new HashMap<>();
        Map<String, Map<String, List<Duration>>> byPerson = new HashMap<>();
        List<Duration> all = new ArrayList<>();
        for (Sample sample : samples) {
            Duration time = max(sample.handling(), minEffort);
            all.add(time);
            if (sample.skill() != null) {
                byCategory.computeIfAbsent(sample.skill(), key -> new ArrayList<>()).add(time);
                byPerson.computeIfAbsent(sample.person(), key -> new HashMap<>())
                        .computeIfAbsent(sample.skill(), key -> new ArrayList<>()).add(time);
            }
        }
        Map<String, Duration> medians = new HashMap<>();
        byCategory.forEach((skill, times) -> medians.put(skill, median(times)));
        Map<String, Map<String, Double>> speeds = new HashMap<>();
        byPerson.forEach((person, bySkill) -> bySkill.forEach((skill, times) -> {
            if (times.size() >= MIN_SAMPLES) {
                double speed = seconds(medians.get(skill)) / seconds(median(times));
                speeds.computeIfAbsent(person, key -> new HashMap<>())
                        .put(skill, Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed)));
            }
        }));
        Duration overall = all.isEmpty() ? minEffort : median(all);
        return new ServiceTimes(medians, overall, speeds, minEffort, cap);
    }

    /** Returns a person's speed on a category; 1 when unknown. */
    public double speed(String person, String skill) {
        if (person == null || skill == null) {
            return 1.0;
        }
        return speeds.getOrDefault(person, Map.of()).getOrDefault(skill, 1.0);
    }

    /**
     * Returns the effort the engine plans with for a category: its median handling time, or the median
     * of all categories when it has none, kept between the minimum effort and the cap.
     */
    public Duration effort(String skill) {
        Duration median = skill == null ? overallMedian : categoryMedians.getOrDefault(skill, overallMedian);
        return min(max(median, minEffort), cap);
    }

    /** Returns the median handling time of a category, or null when the history has none. */
    public Duration categoryMedian(String skill) {
        return categoryMedians.get(skill);
    }

    /** Returns the median handling time of all resolved history tickets. */
    public Duration overallMedian() {
        return overallMedian;
    }

    /** Returns the number of (person, category) pairs with a learned speed. */
    public int learnedSpeedCount() {
        return speeds.values().stream().mapToInt(Map::size).sum();
    }

    /** Returns the median of durations; the mean of the two middle values when the count is even. */
    public static Duration median(List<Duration> values) {
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * One resolved history ticket.
     *
     * @param skill skill of its category, or null when it has no category
     * @param person its resolver
     * @param handling its handling time
     */
    public record Sample(String skill, String person, Duration handling) {
    }
}
