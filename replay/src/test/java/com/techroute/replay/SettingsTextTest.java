package com.techroute.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.domain.Priority;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsTextTest {

    @Test
    void durationsParseShortAndIsoForms() {
        assertThat(SettingsText.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(SettingsText.duration("2d")).isEqualTo(Duration.ofHours(48));
        assertThat(SettingsText.duration("0s")).isZero();
        assertThat(SettingsText.duration("PT8H")).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void invalidDurationNamesValue() {
        assertThatThrownBy(() -> SettingsText.duration("8 hours")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(8 hours)");
    }

    @Test
    void slaTargetsRoundTrip() {
        assertThat(SettingsText.format(SettingsText.slaTargets(SettingsText.DEFAULT_SLA)))
                .isEqualTo(SettingsText.DEFAULT_SLA);
        assertThat(SettingsText.slaTargets(SettingsText.DEFAULT_SLA).get(Priority.P2_HIGH).resolveWithin())
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void businessHoursExpandDayRanges() {
        List<WeeklyWindow> windows = SettingsText.businessHours("MON-WED 08:00-18:00;SAT 9:00-13:00");

        assertThat(windows).containsExactly(WeeklyWindow.parse("MON 08:00-18:00"),
                WeeklyWindow.parse("TUE 08:00-18:00"), WeeklyWindow.parse("WED 08:00-18:00"),
                WeeklyWindow.parse("SAT 09:00-13:00"));
        assertThat(SettingsText.format(windows)).isEqualTo("MON-WED 08:00-18:00;SAT 09:00-13:00");
    }

    @Test
    void missingPriorityIsRejected() {
        assertThatThrownBy(() -> new ReplaySettings(java.time.ZoneOffset.UTC, 0.2, Duration.ZERO, Duration.ofHours(8),
                Duration.ofMinutes(5), Duration.ofHours(40), 1, SettingsText.slaTargets("P1=1h/4h"),
                SettingsText.businessHours(SettingsText.DEFAULT_BUSINESS_HOURS), ReplaySettings.ShiftSource.LEARNED,
                ReplaySettings.TierSource.VOLUME, List.of(4.0, 3.0, 2.0, 1.0)))
                .hasMessageContaining("P2_HIGH");
    }
}
