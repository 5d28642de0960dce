package com.techroute.local.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.domain.TimeOff;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOffParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void datesIncludeBothDaysInTechnicianZone() {
        List<TimeOff> periods = TimeOffParser.parse("2026-12-24/2026-12-27", BERLIN);

        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).start()).isEqualTo(Instant.parse("2026-12-23T23:00:00Z"));
        assertThat(periods.get(0).end()).isEqualTo(Instant.parse("2026-12-27T23:00:00Z"));
    }

    @Test
    void instantsAreTakenAsGiven() {
        List<TimeOff> periods = TimeOffParser.parse("2026-03-10T08:00:00Z/2026-03-10T12:00:00Z", BERLIN);

        assertThat(periods.get(0).start()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
        assertThat(periods.get(0).end()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
    }

    @Test
    void singleDateIsOneDay() {
        List<TimeOff> periods = TimeOffParser.parse("2026-05-01", ZoneId.of("UTC"));

        assertThat(periods.get(0).start()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(periods.get(0).end()).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
    }

    @Test
    void severalPeriodsSplitOnSemicolonsAndLineBreaks() {
        assertThat(TimeOffParser.parse("2026-01-02; 2026-02-02/2026-02-03\n2026-03-03", BERLIN)).hasSize(3);
    }

    @Test
    void reversedPeriodIsRejected() {
        assertThatThrownBy(() -> TimeOffParser.parse("2026-12-27/2026-12-24", BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid time off (2026-12-27/2026-12-24): it ends before it starts");
    }

    @Test
    void nonDateIsNamed() {
        assertThatThrownBy(() -> TimeOffParser.parse("24.12.2026/27.12.2026", BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(24.12.2026) is not a date");
    }
}
