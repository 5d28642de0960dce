package com.techroute.replay.sim;

import com.techroute.replay.learn.LearnedModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
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
        Run run = new Run(dispatcher, new Workforce(model, capacity));
        int next = 0;
        while (next < tickets.size() || !run.completions.isEmpty()) {
            Instant batchAt = next < tickets.size() ? batchTime(next) : null;
            Job done = run.completions.peek();
            if (done != null && (batchAt == null || !done.finish().isAfter(batchAt))) {
                run.finishAt(done.finish());
                continue;
            }
            int end = batchEnd(next);
            run.arrive(tickets.subList(next, end), batchAt);
            arrivals.accept(end - next);
            next = end;
        }
        run.workload.recordRest(run.workforce);
        return new SimulationResult(dispatcher.name(), Arrays.asList(run.jobs), run.workforce.all(), run.workload);
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
