package com.techroute.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.testing.Tenants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnassignedCardTest {

    private final UnassignedNotice notice = new UnassignedNotice(Tenants.TENANT_A, CardFixtures.ticket("VPN down"),
            "Gold Client Ltd", CardFixtures.unassigned(), Map.of(TechnicianId.of("tech-bob"), "Bob Baker"));

    @Test
    void cardListsClosestCandidates() {
        List<String> lines = AssignmentCardTest.lines(new UnassignedCard().message(notice));

        assertThat(lines).contains("Ticket T-100 has no eligible technician");
        assertThat(lines).contains("\u2022 Bob Baker: missing skill (exchange level 2, needs level 3)");
        assertThat(lines).contains("\u2022 tech-cy: off shift");
    }

    @Test
    void oversizedCardDropsCandidates() {
        int withOne = TeamsMessages.byteSize(TeamsMessages.envelope(UnassignedCard.card(notice, 1)));

        ObjectNode message = new UnassignedCard(withOne).message(notice);

        assertThat(AssignmentCardTest.lines(message).stream().filter(line -> line.startsWith("\u2022 "))).hasSize(1);
    }
}
