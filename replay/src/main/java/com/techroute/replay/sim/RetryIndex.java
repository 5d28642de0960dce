package com.techroute.replay.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Index of who could take a waiting ticket at one instant, by the availability rules without time off.
 * A technician qualifies with headroom (capacity minus open effort) for the ticket's effort and a first
 * working instant no later than the ticket's respond-by, or now when respond-by has passed. With
 * skills, only technicians who have the ticket's required skill count.
 *
 * <p>Built once per retry, so a long unassigned queue costs a binary search per waiting ticket instead of
 * a check of every technician. It is a filter: the dispatcher still decides each ticket it passes.
 */
public final class RetryIndex {

    private final Instant now;
    private final Frontier everyone;
    private final Map<String, Frontier> bySkill;

    private RetryIndex(Instant now, Frontier everyone, Map<String, Frontier> bySkill) {
        this.now = now;
        this.everyone = everyone;
        this.bySkill = bySkill;
    }

    /**
     * Builds the index over the roster's queues.
     *
     * @param capacity most open effort a technician may hold
     * @param skills whether tickets need a technician with their required skill
     */
    static RetryIndex of(List<WorkQueue> roster, Duration capacity, Instant now, boolean skills) {
        List<Slack> all = new ArrayList<>();
        Map<String, List<Slack>> holders = new HashMap<>();
        for (WorkQueue queue : roster) {
            Instant first = queue.firstWorkingFrom(now);
            if (first == null) {
                continue;
            }
            Slack slack = new Slack(first.toEpochMilli(), capacity.minus(queue.openEffort()).toSeconds());
            all.add(slack);
            if (skills && queue.technician() != null) {
                queue.technician().skills().keySet().forEach(
                        skill -> holders.computeIfAbsent(skill, key -> new ArrayList<>()).add(slack));
            }
        }
        Map<String, Frontier> bySkill = new HashMap<>();
        holders.forEach((skill, slacks) -> bySkill.put(skill, new Frontier(slacks)));
        return new RetryIndex(now, new Frontier(all), skills ? bySkill : null);
    }

    /** Returns the largest headroom of any technician, in seconds of effort. */
    long maxHeadroomSeconds() {
        return everyone.maxHeadroom();
    }

    /** Returns whether some technician could take the ticket now, by the rules in the class comment. */
    boolean mayTake(SimTicket ticket) {
        Frontier frontier = everyone;
        if (bySkill != null && ticket.requiresSkill()) {
            frontier = bySkill.get(ticket.skill());
            if (frontier == null) {
                return false;
            }
        }
        Instant respondBy = ticket.deadlines().respondBy();
        Instant limit = respondBy.isAfter(now) ? respondBy : now;
        return frontier.maxHeadroomStartingBy(limit.toEpochMilli()) >= ticket.effort().toSeconds();
    }

    /** A technician's first working instant and headroom. */
    private record Slack(long firstWorking, long headroom) {
    }

    /** Technicians sorted by first working instant, with the running maximum of headroom. */
    private static final class Frontier {
        private final long[] firstWorking;
        private final long[] maxHeadroom;

        Frontier(List<Slack> slacks) {
            List<Slack> sorted = new ArrayList<>(slacks);
            sorted.sort(Comparator.comparingLong(Slack::firstWorking));
            firstWorking = new long[sorted.size()];
            maxHeadroom = new long[sorted.size()];
            long max = Long.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                firstWorking[i] = sorted.get(i).firstWorking();
                max = Math.max(max, sorted.get(i).headroom());
                maxHeadroom[i] = max;
            }
        }

        long maxHeadroom() {
            return maxHeadroom.length == 0 ? Long.MIN_VALUE : maxHeadroom[maxHeadroom.length - 1];
        }

        /** Returns the largest headroom among technicians working by {@code limit}, or the minimum long. */
        long maxHeadroomStartingBy(long limit) {
            int low = 0;
            int high = firstWorking.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (firstWorking[middle] <= limit) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low == 0 ? Long.MIN_VALUE : maxHeadroom[low - 1];
        }
    }
}
