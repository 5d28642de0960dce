package com.techroute.replay.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShiftTimelineTest {

    @Test
    void agreesWithCalendarAcrossDaylightSavingChange() {
        // A night shift that crosses midnight and a shift that starts inside the hour Rome skips on
        // 2024-03-31, checked every 37 minutes around that day.
        WorkingCalendar nights = new WorkingCalendar("nights", ZoneId.of("Europe/Rome"),
                List.of(WeeklyWindow.parse("SAT 22:00-01:00"), WeeklyWindow.parse("SUN 02:30-04:00"),
                        WeeklyWindow.parse("MON 08:00-12:00")), Set.of(), List.of());
        ShiftTimeline timeline = new ShiftTimeline(nights);
        Duration lookahead = Duration.ofDays(30);

        for (Instant now = Instant.parse("2024-03-29T00:00:00Z"); now.isBefore(Instant.parse("2024-04-03T00:00:00Z"));
                now = now.plus(Duration.ofMinutes(37))) {
            assertThat(timeline.firstWorkingFrom(now, lookahead)).as(now.toString())
                    .isEqualTo(nights.nextWorkingInstant(now, now.plus(lookahead)).orElse(null));
        }
    }
}
