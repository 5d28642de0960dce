package com.techroute.replay.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tickets nobody could take yet, grouped by effort so a retry skips every ticket larger than anyone's
 * headroom without looking at it. Not thread-safe.
 */
public final class WaitingTickets {

    private final TreeMap<Long, Map<Integer, SimTicket>> byEffort = new TreeMap<>();
    private int size;

    void add(SimTicket ticket) {
        if (byEffort.computeIfAbsent(ticket.effort().toSeconds(), effort -> new LinkedHashMap<>())
                .put(ticket.index(), ticket) == null) {
            size++;
        }
    }

    void remove(SimTicket ticket) {
        Map<Integer, SimTicket> bucket = byEffort.get(ticket.effort().toSeconds());
        if (bucket != null && bucket.remove(ticket.index()) != null) {
            size--;
            if (bucket.isEmpty()) {
                byEffort.remove(ticket.effort().toSeconds());
            }
        }
    }

    /** Returns whether no ticket waits. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Returns the number of waiting tickets. */
    public int size() {
        return size;
    }

    /**
     * Returns the waiting tickets that the index finds someone for, oldest first, at most {@code limit}.
     * Each effort group keeps its tickets oldest first, so it stops after {@code limit} matches.
     */
    public List<SimTicket> candidates(RetryIndex index, int limit) {
        List<SimTicket> found = new ArrayList<>();
        for (Map<Integer, SimTicket> bucket : byEffort.headMap(index.maxHeadroomSeconds(), true).values()) {
            int taken = 0;
            for (SimTicket ticket : bucket.values()) {
                if (taken == limit) {
                    break;
                }
                if (index.mayTake(ticket)) {
                    found.add(ticket);
                    taken++;
                }
            }
        }
        found.sort(Comparator.comparingInt(SimTicket::index));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }
}
