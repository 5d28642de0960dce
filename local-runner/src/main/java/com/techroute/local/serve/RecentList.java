package com.techroute.local.serve;

import java.util.ArrayDeque;
import java.util.List;

/** The newest entries of a list, up to a maximum count; older ones are dropped. Thread-safe. */
final class RecentList<T> {

    private final int max;
    private final ArrayDeque<T> entries = new ArrayDeque<>();

    RecentList(int max) {
        this.max = max;
    }

    synchronized void add(T entry) {
        if (entries.size() == max) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    synchronized List<T> snapshot() {
        return List.copyOf(entries);
    }
}
