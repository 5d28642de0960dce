package com.techroute.local.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.calendar.WeeklyWindow;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftParserTest {

    @Test
    void dayRangeExpandsToEachDay() {
        List<WeeklyWindow> windows = ShiftParser.parse("MON-FRI 09:00-17:00");

        assertThat(windows).extracting(WeeklyWindow::day).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(windows).allMatch(window -> window.toString().endsWith("09:00-17:00"));
    }

    @Test
    void nightShiftsSeparatedBySemicolonCrossMidnight() {
        List<WeeklyWindow> windows = ShiftParser.parse("MON 22:00-06:00; TUE 22:00-06:00");

        assertThat(windows).containsExactly(WeeklyWindow.parse("MON 22:00-06:00"), WeeklyWindow.parse("TUE 22:00-06:00"));
        assertThat(windows.get(0).crossesMidnight()).isTrue();
    }

    @Test
    void rangeWrapsPastSunday() {
        List<WeeklyWindow> windows = ShiftParser.parse("sat - mon 10:00-14:00");

        assertThat(windows).extracting(WeeklyWindow::day)
                .containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    }

    @Test
    void listAndLineBreaksAndShortHours() {
        List<WeeklyWindow> windows = ShiftParser.parse("MON,WED 8:30-12:00\nFriday 13:00-17:00");

        assertThat(windows).containsExactly(WeeklyWindow.parse("MON 08:30-12:00"), WeeklyWindow.parse("WED 08:30-12:00"),
                WeeklyWindow.parse("FRI 13:00-17:00"));
    }

    @Test
    void emptyCellHasNoShifts() {
        assertThat(ShiftParser.parse("  ")).isEmpty();
    }

    @Test
    void unknownDayIsNamed() {
        assertThatThrownBy(() -> ShiftParser.parse("MON-FRY 09:00-17:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown day (FRY)");
    }

    @Test
    void invalidHourIsNamed() {
        assertThatThrownBy(() -> ShiftParser.parse("MON 25:00-17:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid time in shift (MON 25:00-17:00)");
    }

    @Test
    void missingTimesShowForm() {
        assertThatThrownBy(() -> ShiftParser.parse("weekdays"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid shift (weekdays)")
                .hasMessageContaining("MON-FRI 09:00-17:00");
    }
}
