package com.techroute.adapters.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.testing.TicketBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CurrentAssignmentTest {

    private static final Instant T0 = TicketBuilder.DEFAULT_CREATED_AT;
    private static final CurrentAssignment REVISION_1 = new CurrentAssignment("id-b", 1, T0);

    @Test
    void higherRevisionSupersedes() {
        assertThat(REVISION_1.isSupersededBy(new CurrentAssignment("id-a", 2, T0.minusSeconds(60)))).isTrue();
    }

    @Test
    void lowerRevisionDoesNotSupersede() {
        assertThat(REVISION_1.isSupersededBy(new CurrentAssignment("id-z", 0, T0.plusSeconds(60)))).isFalse();
    }

    @Test
    void sameRevisionLaterTimeSupersedes() {
        assertThat(REVISION_1.isSupersededBy(new CurrentAssignment("id-a", 1, T0.plusNanos(1)))).isTrue();
    }

    @Test
    void sameRevisionAndTimeGreaterIdSupersedes() {
        assertThat(REVISION_1.isSupersededBy(new CurrentAssignment("id-c", 1, T0))).isTrue();
        assertThat(REVISION_1.isSupersededBy(new CurrentAssignment("id-a", 1, T0))).isFalse();
    }

    @Test
    void identicalPointerDoesNotSupersede() {
        assertThat(REVISION_1.isSupersededBy(new CurrentAssignment("id-b", 1, T0))).isFalse();
    }
}
