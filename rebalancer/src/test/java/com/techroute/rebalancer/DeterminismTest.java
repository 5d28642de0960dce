package com.techroute.rebalancer;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.decision.RosterEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final RebalanceSettings SETTINGS = RebalanceSettings.DEFAULT.withRandomSeed(7)
            .withTimeLimit(Duration.ofMinutes(2)).withUnimprovedStepLimit(100);

    @Test
    void sameSeedGivesSamePlan() {
        RebalanceInstances.Instance instance = RebalanceInstances.generate(42, 60, 8);

        RebalancePlan first = new Rebalancer().rebalance(instance.request(SETTINGS));
        RebalancePlan second = new Rebalancer().rebalance(instance.request(SETTINGS));

        assertThat(first.moves()).isNotEmpty();
        assertThat(second.moves()).isEqualTo(first.moves());
        assertThat(second.queues()).isEqualTo(first.queues());
        assertThat(second.scoreAfter()).isEqualTo(first.scoreAfter());
        // The search stopped on its step limit, far inside the time limit, or the plans could differ.
        assertThat(first.solverTime()).isLessThan(SETTINGS.timeLimit());
    }

    @Test
    void sameSeedGivesSameInstance() {
        RebalanceInstances.Instance first = RebalanceInstances.generate(42, 60, 8);
        RebalanceInstances.Instance second = RebalanceInstances.generate(42, 60, 8);

        assertThat(second.tickets()).isEqualTo(first.tickets());
        // Roster entries contain calendars, which compare by identity, so compare what they are built from.
        assertThat(second.roster().entries()).extracting(RosterEntry::technician)
                .isEqualTo(first.roster().entries().stream().map(RosterEntry::technician).toList());
        assertThat(second.roster().entries()).extracting(RosterEntry::load)
                .isEqualTo(first.roster().entries().stream().map(RosterEntry::load).toList());
    }
}
