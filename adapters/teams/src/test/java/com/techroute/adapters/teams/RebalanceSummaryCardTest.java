package com.techroute.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.adapters.teams.RebalanceSummary.MovedTicket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.testing.Tenants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebalanceSummaryCardTest {

    @Test
    void summaryListsEachMove() {
        List<String> lines = AssignmentCardTest.lines(new RebalanceSummaryCard().message(summary(2)));

        assertThat(lines).contains("Rebalance moved 2 tickets");
        assertThat(lines).contains("Skipped: 1 move (ticket changed while planning)");
        assertThat(lines).contains("\u2022 T-0: Ann \u2192 Bob (+0.50)");
        assertThat(lines).contains("\u2022 T-1: Ann \u2192 Bob (+0.50)");
    }

    @Test
    void oversizedSummaryListsFewerMoves() {
        RebalanceSummary summary = summary(10);
        int full = TeamsMessages.byteSize(TeamsMessages.envelope(RebalanceSummaryCard.card(summary, 10)));

        ObjectNode message = new RebalanceSummaryCard(full - 1).message(summary);

        List<String> lines = AssignmentCardTest.lines(message);
        assertThat(lines.stream().filter(line -> line.startsWith("\u2022 "))).hasSize(5);
        assertThat(lines).contains("\u2026 and 5 more");
    }

    @Test
    void summaryTooLargeWithoutMovesIsRejected() {
        assertThatThrownBy(() -> new RebalanceSummaryCard(100).message(summary(3)))
                .isInstanceOf(CardTooLargeException.class)
                .hasMessageContaining("tenant (msp-north)");
    }

    private static RebalanceSummary summary(int moves) {
        List<MovedTicket> moved = new ArrayList<>();
        for (int i = 0; i < moves; i++) {
            moved.add(new MovedTicket(TicketId.of("T-" + i), "Ann", "Bob", 0.5));
        }
        return new RebalanceSummary(Tenants.TENANT_A, CardFixtures.NOW, moved, 1, 0.5 * moves);
    }
}
