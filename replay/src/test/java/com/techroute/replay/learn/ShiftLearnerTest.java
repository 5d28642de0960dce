package com.techroute.replay.learn;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.calendar.WeeklyWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftLearnerTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void shiftSpansTenthToNinetiethPercentile() {
        // Ten Monday actions in Rome (UTC+1 in January) at 08:10, 09:00, ..., 17:00 local time. Nearest rank:
        // the 10th percentile is the 1st value (08:10, rounded down to 08:00), the 90th the 9th (16:00).
        List<Instant> actions = new ArrayList<>();
        actions.add(Instant.parse("2024-01-08T07:10:00Z"));
        for (int hour = 9; hour <= 17; hour++) {
            actions.add(Instant.parse(String.format("2024-01-08T%02d:00:00Z", hour - 1)));
        }

        List<WeeklyWindow> shifts = ShiftLearner.learn(actions, ROME);

        assertThat(shifts).containsExactly(WeeklyWindow.parse("MON 08:00-16:00"));
    }

    @Test
    void oddNightActionDoesNotStretchShift() {
        // Nine Tuesday actions at 10:20 local time and one at 23:30: the 90th percentile is 10:20, so the
        // shift runs 10:00-11:00 and is then lengthened to the 4-hour minimum.
        List<Instant> actions = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            actions.add(Instant.parse("2024-01-09T09:20:00Z").plusSeconds(7L * 24 * 3600 * i));
        }
        actions.add(Instant.parse("2024-01-09T22:30:00Z"));

        assertThat(ShiftLearner.learn(actions, ROME)).containsExactly(WeeklyWindow.parse("TUE 10:00-14:00"));
    }

    @Test
    void rareWeekdayIsNotAWorkingDay() {
        // 58 Wednesday actions and two Saturday ones: Saturday has 2 of 60 actions, under 5%.
        List<Instant> actions = new ArrayList<>();
        for (int i = 0; i < 58; i++) {
            actions.add(Instant.parse("2024-01-10T08:00:00Z").plusSeconds(300L * i));
        }
        actions.add(Instant.parse("2024-01-13T10:00:00Z"));
        actions.add(Instant.parse("2024-01-13T11:00:00Z"));

        assertThat(ShiftLearner.learn(actions, ROME)).extracting(WeeklyWindow::day)
                .containsExactly(java.time.DayOfWeek.WEDNESDAY);
    }

    @Test
    void tooFewActionsLearnNothing() {
        List<Instant> actions = List.of(Instant.parse("2024-01-08T09:00:00Z"), Instant.parse("2024-01-09T09:00:00Z"));

        assertThat(ShiftLearner.learn(actions, ROME)).isEmpty();
    }

    @Test
    void lateShiftEndsAtMidnight() {
        // Five Friday actions at 22:00-22:40 local time: 22:00 to 23:00, lengthened to at most midnight.
        List<Instant> actions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            actions.add(Instant.parse("2024-01-12T21:00:00Z").plusSeconds(600L * i));
        }

        assertThat(ShiftLearner.learn(actions, ROME)).containsExactly(WeeklyWindow.parse("FRI 22:00-00:00"));
    }
}
