package com.techroute.replay.sim;

import com.techroute.replay.learn.LearnedModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Streams the scored part of a log through one dispatcher, in time order, and simulates the work.
 *
 * <p>There are two kinds of event: a ticket arrives (at its opened-at time), and a person finishes a
 * ticket. Finishing events at an instant come before arrivals at the same instant, so freed capacity
 * is visible to them. Tickets that arrive within the batch window of the first one go to the
 * dispatcher together when the window closes. With a zero window each ticket goes alone at its arrival.
 * Chosen tickets are laid into the person's {@link WorkQueue}, with the handling time of the
 * {@link HandlingModel}.
 *
 * <p>A ticket nobody can take waits, and the waiting tickets are retried, oldest first, after every
 * finishing instant and before every arrival, in chunks of at most {@link #RETRY_CHUNK} that the
 * dispatcher chooses from (see {@link Dispatcher#retryable}). Whatever still waits at the end stays
 * unassigned.
 */
public final class ReplaySimulator {

    /** Number of instants at which each person's open effort is sampled for the workload chart. */
    public static final int WORKLOAD_SAMPLES = 200;
    /** Most waiting tickets retried at once. The dispatcher chooses each chunk from the loads after the last one. */
    public static final int RETRY_CHUNK = 16;

    private final List<SimTicket> tickets;
    private final LearnedModel model;
    private final HandlingModel handling;
    private final Duration batchWindow;
    private final Duration capacity;

    /**
     * Creates a simulator.
     *
     * @param tickets the scored part, in arrival order; not empty
     */
    public ReplaySimulator(List<SimTicket> tickets, LearnedModel model, HandlingModel handling, Duration batchWindow,
            Duration capacity) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("No tickets to replay. The scored part of the log is empty;"
                    + " lower the history share.");
        }
        this.tickets = List.copyOf(tickets);
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.handling = Objects.requireNonNull(handling, "handling must not be null");
        this.batchWindow = Objects.requireNonNull(batchWindow, "batchWindow must not be null");
        this.capacity = Objects.requireNonNull(capacity, "capacity must not be null");
    }

    /**
     * Runs one strategy from idle queues to the last finished ticket.
     *
     * @param arrivals receives the number of tickets of each arrival event, for progress
     */
    public SimulationResult run(Dispatcher dispatcher, IntConsumer arrivals) {
        return run(dispatcher, arrivals, null);
    }

    /**
     * Runs one strategy from idle queues to the last finished ticket, rebalancing the queues at every
     * interval from the first arrival on while tickets arrive or work is open. Finishing events at a
     * rebalance instant come before it, and arrivals at that instant after it.
     *
     * @param rebalancing the periodic rebalance, or null for none
     */
    public SimulationResult run(Dispatcher dispatcher, IntConsumer arrivals, Rebalancing rebalancing) {
        Run run = new Run(dispatcher, new Workforce(model, capacity));
        Instant rebalanceAt = rebalancing == null ? null : tickets.get(0).arrival().plus(rebalancing.every());
        int next = 0;
        while (next < tickets.size() || !run.completions.isEmpty()) {
            Instant batchAt = next < tickets.size() ? batchTime(next) : null;
            Job done = run.completions.peek();
            Instant until = earliest(batchAt, rebalanceAt);
            if (done != null && (until == null || !done.finish().isAfter(until))) {
                run.finishAt(done.finish());
                continue;
            }
            if (rebalanceAt != null && (batchAt == null || !rebalanceAt.isAfter(batchAt))) {
                run.rebalanceAt(rebalanceAt, rebalancing);
                rebalanceAt = rebalanceAt.plus(rebalancing.every());
                continue;
            }
            int end = batchEnd(next);
            run.arrive(tickets.subList(next, end), batchAt);
            arrivals.accept(end - next);
            next = end;
        }
        run.workload.recordRest(run.workforce);
        if (rebalancing != null) {
            return new SimulationResult(rebalancing.name(), Arrays.asList(run.jobs), run.workforce.all(),
                    run.workload, rebalancing.stats());
        }
        return new SimulationResult(dispatcher.name(), Arrays.asList(run.jobs), run.workforce.all(), run.workload);
    }

    private static Instant earliest(Instant first, Instant second) {
        if (first == null) {
            return second;
        }
        return second == null || first.isBefore(second) ? first : second;
    }

    private Instant batchTime(int first) {
        return tickets.get(first).arrival().plus(batchWindow);
    }

    private int batchEnd(int first) {
        if (batchWindow.isZero()) {
            return first + 1;
        }
        Instant closes = batchTime(first);
        int end = first + 1;
        while (end < tickets.size() && tickets.get(end).arrival().isBefore(closes)) {
            end++;
        }
        return end;
    }

    /** The state of one run; it receives the dispatcher's choices. */
    private final class Run implements Dispatcher.Placement {
        private final Dispatcher dispatcher;
        private final Workforce workforce;
        private final PriorityQueue<Job> completions = new PriorityQueue<>(
                Comparator.comparing(Job::finish).thenComparingLong(Job::sequence));
        private final WaitingTickets waiting = new WaitingTickets();
        private final Job[] jobs = new Job[tickets.size()];
        private final WorkloadSeries workload;
        private Instant now;
        private long sequence;

        Run(Dispatcher dispatcher, Workforce workforce) {
            this.dispatcher = dispatcher;
            this.workforce = workforce;
            this.workload = new WorkloadSeries(tickets.get(0).arrival(), tickets.get(tickets.size() - 1).arrival(),
                    WORKLOAD_SAMPLES);
        }

        /** Finishes every job that ends at the instant, then retries the waiting tickets once. */
        void finishAt(Instant at) {
            workload.recordUntil(at, workforce);
            now = at;
            while (!completions.isEmpty() && completions.peek().finish().equals(at)) {
                Job job = completions.poll();
                workforce.queueOf(job.person()).finish(job.ticket().effort());
                dispatcher.finished(job);
            }
            retry();
        }

        /**
         * Rebalances the open jobs, then lays again the unstarted tail of every queue that lost or gained a
         * ticket: the queue keeps its order, and tickets that join go to its end.
         */
        void rebalanceAt(Instant at, Rebalancing rebalancing) {
            workload.recordUntil(at, workforce);
            now = at;
            List<Job> open = new ArrayList<>(completions);
            open.sort(Comparator.comparing(Job::start).thenComparingLong(Job::sequence));
            List<Job> started = open.stream().filter(job -> !job.start().isAfter(at)).toList();
            List<Job> unstarted = open.stream().filter(job -> job.start().isAfter(at)).toList();
            List<Rebalancing.Reassignment> moves = rebalancing.rebalance(at, started, unstarted);
            if (moves.isEmpty()) {
                return;
            }
            Map<String, List<Job>> tails = new LinkedHashMap<>();
            for (Job job : unstarted) {
                tails.computeIfAbsent(job.person(), person -> new ArrayList<>()).add(job);
            }
            Set<String> changed = new LinkedHashSet<>();
            for (Rebalancing.Reassignment move : moves) {
                Job job = jobs[move.ticket().index()];
                if (job == null || !job.start().isAfter(at)) {
                    throw new IllegalStateException("Rebalance moved ticket (" + move.ticket().ticket().id()
                            + "), which is not an unstarted job. Only unstarted tickets may move.");
                }
                tails.get(job.person()).remove(job);
                tails.computeIfAbsent(move.person(), person -> new ArrayList<>()).add(job.withAssignment(
                        move.person(), move.assignmentId()));
                changed.add(job.person());
                changed.add(move.person());
            }
            for (String person : changed) {
                relay(person, started, unstarted, tails.get(person));
            }
            retry();
        }

        /** Takes a person's unstarted jobs off their queue and lays {@code tail} in their place. */
        private void relay(String person, List<Job> started, List<Job> unstarted, List<Job> tail) {
            Instant freeFrom = null;
            for (Job job : started) {
                if (job.person().equals(person) && (freeFrom == null || job.finish().isAfter(freeFrom))) {
                    freeFrom = job.finish();
                }
            }
            Duration handled = Duration.ZERO;
            Duration effort = Duration.ZERO;
            int count = 0;
            for (Job job : unstarted) {
                if (job.person().equals(person)) {
                    completions.remove(job);
                    handled = handled.plus(job.handling());
                    effort = effort.plus(job.ticket().effort());
                    count++;
                }
            }
            WorkQueue queue = workforce.queueOf(person);
            queue.takeOffUnstarted(freeFrom, handled, effort, count);
            for (Job job : tail) {
                completions.remove(job);
                jobs[job.ticket().index()] = null;
                Duration time = handling.handlingTime(job.ticket(), person);
                WorkQueue.Slot slot = queue.lay(now, time, job.ticket().effort());
                Job laid = new Job(job.ticket(), person, job.assignedAt(), job.expectedStart(), slot.start(),
                        slot.finish(), time, job.assignmentId(), sequence++);
                jobs[job.ticket().index()] = laid;
                completions.add(laid);
            }
        }

        void arrive(List<SimTicket> batch, Instant at) {
            workload.recordUntil(at, workforce);
            now = at;
            retry();
            for (SimTicket ticket : batch) {
                waiting.add(ticket);
            }
            dispatcher.dispatch(batch, now, workforce, this);
        }

        /**
         * Retries waiting tickets in chunks, oldest first, rebuilding the dispatcher's view after each
         * chunk, until a chunk places nothing.
         */
        private void retry() {
            while (!waiting.isEmpty()) {
                List<SimTicket> candidates = dispatcher.retryable(waiting, now, workforce);
                if (candidates.isEmpty()) {
                    return;
                }
                long placedBefore = sequence;
                dispatcher.dispatch(candidates, now, workforce, this);
                if (sequence == placedBefore) {
                    return;
                }
            }
        }

        @Override
        public void place(SimTicket ticket, String person, Instant expectedStart, String assignmentId) {
            if (jobs[ticket.index()] != null) {
                throw new IllegalStateException("Ticket (" + ticket.ticket().id() + ") was placed twice, the second"
                        + " time with (" + person + "). A dispatcher must place each ticket once.");
            }
            WorkQueue queue = workforce.queueOf(person);
            Duration time = handling.handlingTime(ticket, person);
            WorkQueue.Slot slot = queue.lay(now, time, ticket.effort());
            Job job = new Job(ticket, person, now, expectedStart, slot.start(), slot.finish(), time, assignmentId,
                    sequence++);
            jobs[ticket.index()] = job;
            completions.add(job);
            waiting.remove(ticket);
        }
    }
}
