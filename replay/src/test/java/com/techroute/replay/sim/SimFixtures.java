package com.techroute.replay.sim;

import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TechnicianStatus;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.replay.Logs;
import com.techroute.replay.learn.ClientTiers;
import com.techroute.replay.learn.LearnedModel;
import com.techroute.replay.learn.ServiceTimes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small rosters and tickets for simulator tests; all times in UTC. */
final class SimFixtures {

    static final Duration CAPACITY = Duration.ofHours(8);

    private SimFixtures() {
    }

    /** Returns a calendar of the given weekly windows, such as {@code MON 09:00-17:00}. */
    static WorkingCalendar calendar(String name, String... windows) {
        List<WeeklyWindow> parsed = new ArrayList<>();
        for (String window : windows) {
            parsed.add(WeeklyWindow.parse(window));
        }
        return new WorkingCalendar(name, ZoneOffset.UTC, parsed, Set.of(), List.of());
    }

    /** Returns a model whose roster is the given people with their calendars, in the order given. */
    static LearnedModel roster(Map<String, WorkingCalendar> calendars) {
        List<Technician> technicians = new ArrayList<>();
        Map<String, TechnicianId> ids = new LinkedHashMap<>();
        calendars.forEach((person, calendar) -> {
            TechnicianId id = TechnicianId.of(person);
            ids.put(person, id);
            technicians.add(new Technician(id, person, Map.of(), Set.of(), ZoneOffset.UTC, calendar.windows(),
                    List.of(), CAPACITY, TechnicianStatus.ACTIVE));
        });
        ServiceTimes times = ServiceTimes.learn(List.of(), Duration.ofMinutes(5), Duration.ofHours(8));
        return new LearnedModel(technicians, ids, calendars, times, ClientTiers.none(), List.of(), Set.of(), Set.of(),
                Set.of());
    }

    /** Returns a ticket without skills arriving at {@code arrival}, with its respond-by one hour later. */
    static SimTicket ticket(int index, String arrival, Duration effort) {
        Instant opened = Instant.parse(arrival);
        Ticket ticket = new Ticket(TicketId.of("T-" + index), ClientId.of("c"), "", new Category("net", null, null),
                Priority.P3_MEDIUM, List.of(), effort, opened, null);
        return new SimTicket(index, Logs.ticket("T-" + index, arrival, "net", null, null), ticket, null, false,
                new SlaDeadlines(opened.plus(Duration.ofHours(1)), opened.plus(Duration.ofHours(4))), null, null);
    }

    /** A placement that records who got each ticket and lays it into their queue. */
    static final class Recorder implements Dispatcher.Placement {
        final List<String> people = new ArrayList<>();
        private final Workforce workforce;
        private final Instant now;

        Recorder(Workforce workforce, Instant now) {
            this.workforce = workforce;
            this.now = now;
        }

        @Override
        public void place(SimTicket ticket, String person, Instant expectedStart, String assignmentId) {
            people.add(person);
            workforce.queueOf(person).lay(now, ticket.effort(), ticket.effort());
        }
    }
}
