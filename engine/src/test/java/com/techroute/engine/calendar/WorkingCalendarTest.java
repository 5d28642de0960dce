package com.techroute.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static WorkingCalendar officeHours(Set<LocalDate> holidays, List<TimeInterval> exclusions) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            windows.add(new WeeklyWindow(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        return new WorkingCalendar("office", LONDON, windows, holidays, exclusions);
    }

    private static WorkingCalendar nightShift() {
        return new WorkingCalendar("night", LONDON,
                List.of(WeeklyWindow.parse("FRI 22:00-06:00"), WeeklyWindow.parse("SAT 22:00-06:00")), Set.of(),
                List.of());
    }

    @Test
    void addWorkingTimeSkipsWeekend() {
        Instant fridayFourPm = Instant.parse("2026-12-04T16:00:00Z");

        Instant due = officeHours(Set.of(), List.of()).addWorkingTime(fridayFourPm, Duration.ofHours(4));

        assertThat(due).isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
    }

    @Test
    void addWorkingTimeSkipsHolidaysAndWeekend() {
        WorkingCalendar calendar = officeHours(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), List.of());
        Instant christmasEveThreePm = Instant.parse("2026-12-24T15:00:00Z");

        Instant due = calendar.addWorkingTime(christmasEveThreePm, Duration.ofHours(8));

        assertThat(due).isEqualTo(Instant.parse("2026-12-29T15:00:00Z"));
    }

    @Test
    void addWorkingTimeKeepsLocalHoursAcrossSpringForward() {
        Instant fridayFourPm = Instant.parse("2026-03-27T16:00:00Z");

        Instant due = officeHours(Set.of(), List.of()).addWorkingTime(fridayFourPm, Duration.ofHours(2));

        // Monday 30 March is British Summer Time: 09:00 local is 08:00 UTC, plus the hour left over.
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
    }

    @Test
    void addWorkingTimeKeepsLocalHoursAcrossFallBack() {
        Instant fridayFourPmBst = Instant.parse("2026-10-23T15:00:00Z");

        Instant due = officeHours(Set.of(), List.of()).addWorkingTime(fridayFourPmBst, Duration.ofHours(2));

        assertThat(due).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
    }

    @Test
    void nightShiftSpanningSpringForwardIsSevenHours() {
        Duration worked = nightShift().workingTimeBetween(Instant.parse("2026-03-28T12:00:00Z"),
                Instant.parse("2026-03-29T12:00:00Z"));

        assertThat(worked).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void nightShiftSpanningFallBackIsNineHours() {
        Duration worked = nightShift().workingTimeBetween(Instant.parse("2026-10-24T12:00:00Z"),
                Instant.parse("2026-10-25T12:00:00Z"));

        assertThat(worked).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void shiftCrossingMidnightIsWorkingAfterMidnight() {
        WorkingCalendar calendar = nightShift();

        assertThat(calendar.isWorking(Instant.parse("2026-12-05T03:00:00Z"))).isTrue();
        assertThat(calendar.isWorking(Instant.parse("2026-12-05T07:00:00Z"))).isFalse();
        assertThat(calendar.isWorking(Instant.parse("2026-12-04T21:59:00Z"))).isFalse();
    }

    @Test
    void startAfterCarriesQueuePastMidnight() {
        Instant fridayElevenPm = Instant.parse("2026-12-04T23:00:00Z");

        Instant start = nightShift().startAfter(fridayElevenPm, Duration.ofHours(2));

        assertThat(start).isEqualTo(Instant.parse("2026-12-05T01:00:00Z"));
    }

    @Test
    void startAfterWorkEndingAtShiftEndMovesToNextShift() {
        Instant fridayElevenPm = Instant.parse("2026-12-04T23:00:00Z");
        WorkingCalendar calendar = nightShift();

        Instant start = calendar.startAfter(fridayElevenPm, Duration.ofHours(7));
        Instant deadline = calendar.addWorkingTime(fridayElevenPm, Duration.ofHours(7));

        assertThat(start).isEqualTo(Instant.parse("2026-12-05T22:00:00Z"));
        assertThat(deadline).isEqualTo(Instant.parse("2026-12-05T06:00:00Z"));
    }

    @Test
    void startAfterNothingAheadOutsideHoursIsNextWindow() {
        Instant sundayNoon = Instant.parse("2026-12-06T12:00:00Z");

        Instant start = officeHours(Set.of(), List.of()).startAfter(sundayNoon, Duration.ZERO);

        assertThat(start).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void exclusionIsCutOutOfWorkingTime() {
        TimeInterval dentist = new TimeInterval(Instant.parse("2026-12-08T10:00:00Z"),
                Instant.parse("2026-12-08T12:00:00Z"));
        WorkingCalendar calendar = officeHours(Set.of(), List.of(dentist));

        Instant done = calendar.addWorkingTime(Instant.parse("2026-12-08T09:00:00Z"), Duration.ofHours(2));

        assertThat(done).isEqualTo(Instant.parse("2026-12-08T13:00:00Z"));
        assertThat(calendar.isWorking(Instant.parse("2026-12-08T11:00:00Z"))).isFalse();
    }

    @Test
    void nextWorkingInstantRespectsLimit() {
        WorkingCalendar calendar = officeHours(Set.of(), List.of());
        Instant sundayNoon = Instant.parse("2026-12-06T12:00:00Z");

        assertThat(calendar.nextWorkingInstant(sundayNoon, Instant.parse("2026-12-07T08:59:00Z"))).isEmpty();
        assertThat(calendar.nextWorkingInstant(sundayNoon, Instant.parse("2026-12-07T09:00:00Z")))
                .contains(Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void overlappingWindowsAreRejected() {
        List<WeeklyWindow> windows = List.of(WeeklyWindow.parse("MON 09:00-17:00"), WeeklyWindow.parse("MON 16:00-18:00"));

        assertThatThrownBy(() -> new WorkingCalendar("bad", LONDON, windows, Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlapping windows")
                .hasMessageContaining("MON 16:00-18:00");
    }

    @Test
    void sundayNightShiftWrappingIntoMondayOverlapIsRejected() {
        List<WeeklyWindow> windows = List.of(WeeklyWindow.parse("SUN 22:00-06:00"), WeeklyWindow.parse("MON 05:00-09:00"));

        assertThatThrownBy(() -> new WorkingCalendar("bad", LONDON, windows, Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calendarWithoutWindowsFailsWithItsName() {
        WorkingCalendar empty = new WorkingCalendar("nobody-home", LONDON, List.of(), Set.of(), List.of());

        assertThatThrownBy(() -> empty.addWorkingTime(Instant.parse("2026-12-07T09:00:00Z"), Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nobody-home");
    }

    @Test
    void weeklyWindowParseRejectsBadText() {
        assertThatThrownBy(() -> WeeklyWindow.parse("Monday nine to five"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Monday nine to five")
                .hasMessageContaining("MON 09:00-17:00");
    }
}
