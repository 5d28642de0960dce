package com.techroute.rebalancer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

    @Test
    void cutConstructionKeepsEveryTicket() {
        // 200 x 20 with sick calls strands 7 tickets, and 1 ms ends the search long before it converges.
        RebalanceInstances.Instance instance = RebalanceInstances.generate(42, 200, 20);
        RebalanceSettings settings = RebalanceSettings.DEFAULT.withTimeLimit(Duration.ofMillis(1));

        RebalancePlan plan = new Rebalancer().rebalance(instance.request(settings));

        int planned = plan.queues().stream().mapToInt(queue -> queue.unstarted().size()).sum();
        assertThat(planned).isEqualTo(instance.tickets().size());
        assertThat(plan.scoreAfter()).isGreaterThanOrEqualTo(plan.scoreBefore());
    }
}
