package com.techroute.replay.sim;

import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TimeOff;
import com.techroute.replay.learn.LearnedModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every person's queue in one simulation: the engine's technicians in id order, then people unknown to
 * the engine as the "what people did" baseline first gives them work. Not thread-safe.
 */
public final class Workforce {

    private final List<WorkQueue> roster = new ArrayList<>();
    private final Map<String, WorkQueue> byPerson = new LinkedHashMap<>();
    private final Map<String, WorkingCalendar> calendars;
    private final Duration capacity;

    /** Creates idle queues for the model's technicians. */
    public Workforce(LearnedModel model, Duration capacity) {
        this.calendars = model.calendars();
        this.capacity = capacity;
        Map<String, String> personById = new LinkedHashMap<>();
        model.technicianIds().forEach((person, id) -> personById.put(id.value(), person));
        for (Technician technician : model.technicians()) {
            String person = personById.get(technician.id().value());
            WorkQueue queue = new WorkQueue(person, calendars.get(person), technician);
            roster.add(queue);
            byPerson.put(person, queue);
        }
    }

    /** Returns the queues of the engine's technicians, in technician id order. */
    public List<WorkQueue> roster() {
        return roster;
    }

    /** Returns every queue, the roster first, then unknown people in the order they got work. */
    public List<WorkQueue> all() {
        return List.copyOf(byPerson.values());
    }

    /**
     * Returns a person's queue, creating it for a person unknown to the engine with the calendar learned
     * from their own actions.
     *
     * @throws IllegalArgumentException when the log never names the person
     */
    public WorkQueue queueOf(String person) {
        WorkQueue queue = byPerson.get(person);
        if (queue == null) {
            WorkingCalendar calendar = calendars.get(person);
            if (calendar == null) {
                throw new IllegalArgumentException("Person (" + person + ") does not appear in the log as an"
                        + " assignee, so the simulation has no shifts for them.");
            }
            queue = new WorkQueue(person, calendar, null);
            byPerson.put(person, queue);
        }
        return queue;
    }

    /**
     * Returns whether a roster technician may take a ticket now under the baselines' rules. These are
     * the engine's hard constraints without skills: not on time off, open effort plus the ticket's
     * effort within capacity, and on shift now or starting before the ticket's respond-by time.
     */
    public boolean isAvailable(WorkQueue queue, SimTicket ticket, Instant now) {
        Technician technician = queue.technician();
        if (technician != null && onTimeOff(technician, now)) {
            return false;
        }
        if (queue.openEffort().plus(ticket.effort()).compareTo(capacity) > 0) {
            return false;
        }
        Instant respondBy = ticket.deadlines().respondBy();
        Instant limit = respondBy.isAfter(now) ? respondBy : now;
        Instant first = queue.firstWorkingFrom(now);
        if (first == null && limit.isAfter(now.plus(WorkQueue.LOOKAHEAD))) {
            return queue.calendar().nextWorkingInstant(now, limit).isPresent();
        }
        return first != null && !first.isAfter(limit);
    }

    /**
     * Returns an index of who could take a waiting ticket now.
     *
     * @param skills whether tickets need a technician with their required skill, as the engine requires
     */
    public RetryIndex retryIndex(Instant now, boolean skills) {
        return RetryIndex.of(roster, capacity, now, skills);
    }

    private static boolean onTimeOff(Technician technician, Instant now) {
        for (TimeOff off : technician.timeOff()) {
            if (off.covers(now)) {
                return true;
            }
        }
        return false;
    }
}
