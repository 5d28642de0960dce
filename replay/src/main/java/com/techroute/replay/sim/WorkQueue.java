package com.techroute.replay.sim;

import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.domain.Technician;
import java.time.Duration;
import java.time.Instant;

/**
 * One person's queue in the simulation: they work it in order, one ticket at a time, inside their
 * shifts. A ticket starts at the first working instant after both its assignment and the end of the
 * ticket before it, and finishes once its handling time of working time has passed. Not thread-safe.
 */
public final class WorkQueue {

    /** How far ahead {@link #firstWorkingFrom} looks for working time. */
    public static final Duration LOOKAHEAD = Duration.ofDays(30);

    private final String person;
    private final WorkingCalendar calendar;
    private final Technician technician;
    private Instant freeAt;
    private Duration openEffort = Duration.ZERO;
    private Duration handled = Duration.ZERO;
    private int openJobs;
    private final ShiftTimeline timeline;

    /**
     * Creates an empty queue.
     *
     * @param technician the person's record on the engine's roster, or null for a person not on it
     */
    public WorkQueue(String person, WorkingCalendar calendar, Technician technician) {
        this.person = person;
        this.calendar = calendar;
        this.technician = technician;
        this.timeline = ShiftTimeline.supports(calendar) ? new ShiftTimeline(calendar) : null;
    }

    /** Returns the log's token for the person. */
    public String person() {
        return person;
    }

    /** Returns the person's shifts. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Returns the person's record on the engine's roster, or null when they are not on it. */
    public Technician technician() {
        return technician;
    }

    /** Returns the planned effort of the tickets assigned and not finished. */
    public Duration openEffort() {
        return openEffort;
    }

    /** Returns the simulated handling time of every ticket laid into this queue. */
    public Duration handled() {
        return handled;
    }

    /** Returns the number of tickets assigned and not finished. */
    public int openJobs() {
        return openJobs;
    }

    /**
     * Returns when a new ticket would start by the plan: the open effort laid onto the shifts from
     * {@code now}, as the engine computes it; null when it does not fit within the calendar's horizon.
     */
    public Instant expectedStart(Instant now) {
        try {
            return calendar.startAfter(now, openEffort);
        } catch (IllegalStateException noRoom) {
            return null;
        }
    }

    /**
     * Returns the first working instant at or after {@code now} within {@link #LOOKAHEAD}, or null when
     * there is none, as {@link WorkingCalendar#nextWorkingInstant} returns it. A {@link ShiftTimeline}
     * computes it when the calendar has no holidays or exclusions.
     */
    public Instant firstWorkingFrom(Instant now) {
        if (timeline != null) {
            return timeline.firstWorkingFrom(now, LOOKAHEAD);
        }
        return calendar.nextWorkingInstant(now, now.plus(LOOKAHEAD)).orElse(null);
    }

    /**
     * Lays a ticket at the end of the queue and returns its simulated start and finish.
     *
     * @param handling simulated handling time, in working time
     * @param effort planned effort, which counts as open effort until the ticket finishes
     */
    public Slot lay(Instant now, Duration handling, Duration effort) {
        Instant from = freeAt == null || freeAt.isBefore(now) ? now : freeAt;
        Instant start = calendar.startAfter(from, Duration.ZERO);
        Instant finish = calendar.addWorkingTime(start, handling);
        freeAt = finish;
        openEffort = openEffort.plus(effort);
        handled = handled.plus(handling);
        openJobs++;
        return new Slot(start, finish);
    }

    /**
     * Takes unstarted tickets off the end of the queue, so they can be laid again in another order or
     * another queue.
     *
     * @param freeFrom when the last ticket that stays ends, or null when no ticket stays
     * @param handling summed handling time of the tickets taken off
     * @param effort summed planned effort of the tickets taken off
     * @param jobs number of tickets taken off
     */
    public void takeOffUnstarted(Instant freeFrom, Duration handling, Duration effort, int jobs) {
        freeAt = freeFrom;
        handled = handled.minus(handling);
        openEffort = openEffort.minus(effort);
        openJobs -= jobs;
    }

    /** Takes a finished ticket's planned effort off the open effort. */
    public void finish(Duration effort) {
        openEffort = openEffort.minus(effort);
        openJobs--;
    }

    /**
     * When a ticket starts and finishes in the simulation.
     *
     * @param start first working instant spent on it
     * @param finish when its handling time has passed
     */
    public record Slot(Instant start, Instant finish) {
    }
}
