package com.techroute.replay.sim;

import static com.techroute.replay.sim.SimFixtures.calendar;
import static com.techroute.replay.sim.SimFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineDispatcherTest {

    /** Monday 2024-01-08 10:00 UTC. */
    private static final Instant MONDAY_TEN = Instant.parse("2024-01-08T10:00:00Z");
    private static final String DAY = "MON 09:00-17:00";

    private static Workforce workforce(String weekendPerson) {
        Map<String, WorkingCalendar> calendars = new LinkedHashMap<>();
        for (String person : List.of("A", "B", "C")) {
            calendars.put(person, person.equals(weekendPerson) ? calendar(person, "SAT 09:00-17:00")
                    : calendar(person, DAY));
        }
        return new Workforce(SimFixtures.roster(calendars), SimFixtures.CAPACITY);
    }

    @Test
    void roundRobinRotatesInIdOrder() {
        Workforce workforce = workforce(null);
        SimFixtures.Recorder recorder = new SimFixtures.Recorder(workforce, MONDAY_TEN);

        new RoundRobinDispatcher().dispatch(List.of(ticket(0, "2024-01-08T10:00:00Z", Duration.ofHours(1)),
                ticket(1, "2024-01-08T10:00:00Z", Duration.ofHours(1)),
                ticket(2, "2024-01-08T10:00:00Z", Duration.ofHours(1)),
                ticket(3, "2024-01-08T10:00:00Z", Duration.ofHours(1))), MONDAY_TEN, workforce, recorder);

        assertThat(recorder.people).containsExactly("A", "B", "C", "A");
    }

    @Test
    void roundRobinSkipsTechnicianOffShift() {
        // B works only on Saturdays, so B has no shift before the tickets' respond-by at 11:00 Monday.
        Workforce workforce = workforce("B");
        SimFixtures.Recorder recorder = new SimFixtures.Recorder(workforce, MONDAY_TEN);

        new RoundRobinDispatcher().dispatch(List.of(ticket(0, "2024-01-08T10:00:00Z", Duration.ofHours(1)),
                ticket(1, "2024-01-08T10:00:00Z", Duration.ofHours(1)),
                ticket(2, "2024-01-08T10:00:00Z", Duration.ofHours(1))), MONDAY_TEN, workforce, recorder);

        assertThat(recorder.people).containsExactly("A", "C", "A");
    }

    @Test
    void roundRobinSkipsTechnicianOverCapacity() {
        // A already has 7.5 hours of the 8-hour capacity, so a 1-hour ticket skips to B.
        Workforce workforce = workforce(null);
        workforce.queueOf("A").lay(MONDAY_TEN, Duration.ofHours(1), Duration.ofMinutes(450));
        SimFixtures.Recorder recorder = new SimFixtures.Recorder(workforce, MONDAY_TEN);

        new RoundRobinDispatcher().dispatch(List.of(ticket(0, "2024-01-08T10:00:00Z", Duration.ofHours(1))),
                MONDAY_TEN, workforce, recorder);

        assertThat(recorder.people).containsExactly("B");
    }

    @Test
    void roundRobinPlacesNothingWhenAllUnavailable() {
        Workforce workforce = workforce(null);
        SimFixtures.Recorder recorder = new SimFixtures.Recorder(workforce, MONDAY_TEN);

        new RoundRobinDispatcher().dispatch(List.of(ticket(0, "2024-01-08T10:00:00Z", Duration.ofHours(9))),
                MONDAY_TEN, workforce, recorder);

        assertThat(recorder.people).isEmpty();
    }

    @Test
    void leastLoadedPicksLightest() {
        // Open effort: A 3h, B 1h, C 2h.
        Workforce workforce = workforce(null);
        workforce.queueOf("A").lay(MONDAY_TEN, Duration.ofHours(3), Duration.ofHours(3));
        workforce.queueOf("B").lay(MONDAY_TEN, Duration.ofHours(1), Duration.ofHours(1));
        workforce.queueOf("C").lay(MONDAY_TEN, Duration.ofHours(2), Duration.ofHours(2));
        SimFixtures.Recorder recorder = new SimFixtures.Recorder(workforce, MONDAY_TEN);

        new LeastLoadedDispatcher().dispatch(List.of(ticket(0, "2024-01-08T10:00:00Z", Duration.ofHours(2)),
                ticket(1, "2024-01-08T10:00:00Z", Duration.ofHours(2))), MONDAY_TEN, workforce, recorder);

        // The first ticket takes B to 3h; then C (2h) is the lightest.
        assertThat(recorder.people).containsExactly("B", "C");
    }

    @Test
    void leastLoadedSkipsUnavailableLightest() {
        // B is idle but works only on Saturdays; of A (3h) and C (2h), C is lighter.
        Workforce workforce = workforce("B");
        workforce.queueOf("A").lay(MONDAY_TEN, Duration.ofHours(3), Duration.ofHours(3));
        workforce.queueOf("C").lay(MONDAY_TEN, Duration.ofHours(2), Duration.ofHours(2));
        SimFixtures.Recorder recorder = new SimFixtures.Recorder(workforce, MONDAY_TEN);

        new LeastLoadedDispatcher().dispatch(List.of(ticket(0, "2024-01-08T10:00:00Z", Duration.ofHours(1))),
                MONDAY_TEN, workforce, recorder);

        assertThat(recorder.people).containsExactly("C");
    }

    @Test
    void leastLoadedTieGoesToLowestId() {
        Workforce workforce = workforce(null);
        SimFixtures.Recorder recorder = new SimFixtures.Recorder(workforce, MONDAY_TEN);

        new LeastLoadedDispatcher().dispatch(List.of(ticket(0, "2024-01-08T10:00:00Z", Duration.ofHours(1))),
                MONDAY_TEN, workforce, recorder);

        assertThat(recorder.people).containsExactly("A");
    }
}
