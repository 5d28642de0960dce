package com.techroute.replay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    /** Monday to Friday 09:00-17:00 UTC; 2024-01-08 is a Monday. */
    private static final WorkingCalendar WEEKDAYS = new WorkingCalendar("tech", ZoneOffset.UTC,
            List.of(WeeklyWindow.parse("MON 09:00-17:00"), WeeklyWindow.parse("TUE 09:00-17:00"),
                    WeeklyWindow.parse("WED 09:00-17:00"), WeeklyWindow.parse("THU 09:00-17:00"),
                    WeeklyWindow.parse("FRI 09:00-17:00")), Set.of(), List.of());

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void ticketAssignedOffShiftStartsAtNextShift() {
        WorkQueue queue = new WorkQueue("tech", WEEKDAYS, null);

        WorkQueue.Slot slot = queue.lay(at("2024-01-08T07:30:00Z"), Duration.ofHours(2), Duration.ofHours(1));

        assertThat(slot.start()).isEqualTo(at("2024-01-08T09:00:00Z"));
        assertThat(slot.finish()).isEqualTo(at("2024-01-08T11:00:00Z"));
    }

    @Test
    void workCarriesOverShiftEnd() {
        // 3 hours from 15:00 Friday: 2 hours until 17:00, the last hour on Monday 09:00-10:00.
        WorkQueue queue = new WorkQueue("tech", WEEKDAYS, null);

        WorkQueue.Slot slot = queue.lay(at("2024-01-12T15:00:00Z"), Duration.ofHours(3), Duration.ofHours(3));

        assertThat(slot.finish()).isEqualTo(at("2024-01-15T10:00:00Z"));
    }

    @Test
    void secondTicketWaitsForFirst() {
        // First: 10:00-14:00. Second, assigned at 11:00: starts when the first finishes, 14:00, and its
        // 4 hours run 14:00-17:00 and Tuesday 09:00-10:00.
        WorkQueue queue = new WorkQueue("tech", WEEKDAYS, null);
        queue.lay(at("2024-01-08T10:00:00Z"), Duration.ofHours(4), Duration.ofHours(2));

        WorkQueue.Slot second = queue.lay(at("2024-01-08T11:00:00Z"), Duration.ofHours(4), Duration.ofHours(2));

        assertThat(second.start()).isEqualTo(at("2024-01-08T14:00:00Z"));
        assertThat(second.finish()).isEqualTo(at("2024-01-09T10:00:00Z"));
    }

    @Test
    void nextTicketAfterShiftEndWaits() {
        // The first ticket ends at 17:00 sharp, so the next one starts Tuesday 09:00, not at 17:00.
        WorkQueue queue = new WorkQueue("tech", WEEKDAYS, null);
        queue.lay(at("2024-01-08T13:00:00Z"), Duration.ofHours(4), Duration.ofHours(4));

        WorkQueue.Slot next = queue.lay(at("2024-01-08T16:00:00Z"), Duration.ofMinutes(30), Duration.ofMinutes(30));

        assertThat(next.start()).isEqualTo(at("2024-01-09T09:00:00Z"));
    }

    @Test
    void openEffortCountsPlannedEffortUntilFinished() {
        WorkQueue queue = new WorkQueue("tech", WEEKDAYS, null);
        queue.lay(at("2024-01-08T10:00:00Z"), Duration.ofHours(4), Duration.ofHours(2));
        queue.lay(at("2024-01-08T10:00:00Z"), Duration.ofHours(1), Duration.ofHours(3));

        queue.finish(Duration.ofHours(2));

        assertThat(queue.openEffort()).isEqualTo(Duration.ofHours(3));
        assertThat(queue.handled()).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void expectedStartLaysOpenEffortOntoShifts() {
        // 6 hours of open effort from 14:00 Monday: 3 hours that day, 3 more on Tuesday, start 12:00.
        WorkQueue queue = new WorkQueue("tech", WEEKDAYS, null);
        queue.lay(at("2024-01-08T14:00:00Z"), Duration.ofHours(1), Duration.ofHours(6));

        assertThat(queue.expectedStart(at("2024-01-08T14:00:00Z"))).isEqualTo(at("2024-01-09T12:00:00Z"));
    }

    @Test
    void firstWorkingMatchesCalendar() {
        WorkQueue queue = new WorkQueue("tech", WEEKDAYS, null);

        for (String now : List.of("2024-01-08T08:00:00Z", "2024-01-08T12:00:00Z", "2024-01-08T17:00:00Z",
                "2024-01-13T12:00:00Z", "2024-03-31T01:30:00Z")) {
            Instant instant = at(now);
            assertThat(queue.firstWorkingFrom(instant)).as(now)
                    .isEqualTo(WEEKDAYS.nextWorkingInstant(instant, instant.plus(WorkQueue.LOOKAHEAD)).orElse(null));
        }
    }
}
