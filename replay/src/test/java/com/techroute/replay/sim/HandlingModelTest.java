package com.techroute.replay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.replay.Logs;
import com.techroute.replay.learn.ServiceTimes;
import com.techroute.replay.learn.ServiceTimes.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingModelTest {

    private static final Duration MIN_EFFORT = Duration.ofMinutes(5);

    /**
     * "net" history: Fast resolved three tickets of 1h, Slow three of 4h, Mid three of 2h. Category
     * median: 2h. Speeds: Fast 2h / 1h = 2, Slow 2h / 4h = 0.5, Mid 1.
     */
    private static ServiceTimes times() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            samples.add(new Sample("net", "Fast", Duration.ofHours(1)));
            samples.add(new Sample("net", "Slow", Duration.ofHours(4)));
            samples.add(new Sample("net", "Mid", Duration.ofHours(2)));
        }
        return ServiceTimes.learn(samples, MIN_EFFORT, Duration.ofHours(8));
    }

    private static SimTicket ticket(Duration historical, String handler) {
        Instant opened = Instant.parse("2024-01-08T09:00:00Z");
        Ticket ticket = new Ticket(TicketId.of("T-1"), ClientId.of("c"), "", new Category("net", null, null),
                Priority.P3_MEDIUM, List.of(), Duration.ofHours(2), opened, null);
        return new SimTicket(0, Logs.ticket("T-1", "2024-01-08T09:00:00Z", "net", null, null), ticket, "net", true,
                new SlaDeadlines(opened, opened), historical, handler);
    }

    @Test
    void speedsFollowMedians() {
        ServiceTimes times = times();

        assertThat(times.speed("Fast", "net")).isEqualTo(2.0);
        assertThat(times.speed("Slow", "net")).isEqualTo(0.5);
        assertThat(times.speed("Mid", "net")).isEqualTo(1.0);
    }

    @Test
    void fasterAssigneeTakesLessTime() {
        // 3h by Mid (speed 1) becomes 3h * 1 / 2 = 1.5h for Fast (speed 2).
        HandlingModel model = new HandlingModel(times(), Duration.ofHours(8));

        assertThat(model.handlingTime(ticket(Duration.ofHours(3), "Mid"), "Fast")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void slowerAssigneeTakesMoreTime() {
        // 1h by Fast (speed 2) becomes 1h * 2 / 0.5 = 4h for Slow (speed 0.5).
        HandlingModel model = new HandlingModel(times(), Duration.ofHours(8));

        assertThat(model.handlingTime(ticket(Duration.ofHours(1), "Fast"), "Slow")).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void scaledTimeIsCapped() {
        // 3h by Fast becomes 3h * 2 / 0.5 = 12h for Slow, capped at 8h.
        HandlingModel model = new HandlingModel(times(), Duration.ofHours(8));

        assertThat(model.handlingTime(ticket(Duration.ofHours(3), "Fast"), "Slow")).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void unknownPersonKeepsOwnTime() {
        HandlingModel model = new HandlingModel(times(), Duration.ofHours(8));

        assertThat(model.handlingTime(ticket(Duration.ofMinutes(50), "Stranger"), "Stranger"))
                .isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void unresolvedTicketStartsFromEstimate() {
        // No handling time in the log: the 2h estimate, at handler speed 1, for Fast: 2h / 2 = 1h.
        HandlingModel model = new HandlingModel(times(), Duration.ofHours(8));

        assertThat(model.handlingTime(ticket(null, null), "Fast")).isEqualTo(Duration.ofHours(1));
    }
}
