package com.techroute.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentCardTest {

    @Test
    void messageWrapsCardInWorkflowsEnvelope() {
        ObjectNode message = new AssignmentCard().message(CardFixtures.notice("Mailbox full", CardFixtures.OVERRIDE));

        assertThat(message.path("type").asText()).isEqualTo("message");
        assertThat(message.path("attachments")).hasSize(1);
        assertThat(message.at("/attachments/0/contentType").asText())
                .isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(message.at("/attachments/0/content/type").asText()).isEqualTo("AdaptiveCard");
        assertThat(message.at("/attachments/0/content/version").asText()).isEqualTo("1.4");
    }

    @Test
    void cardShowsFactsOfTheDecision() {
        List<String> lines = lines(new AssignmentCard().message(CardFixtures.notice("Mailbox full",
                CardFixtures.OVERRIDE)));

        assertThat(lines).contains("Ticket T-100 assigned to Ann Archer");
        assertThat(lines).contains("Mailbox full");
        assertThat(lines).contains("Client: Gold Client Ltd");
        assertThat(lines).contains("Priority: P3 medium");
        assertThat(lines).contains("Expected start: 2024-03-04 10:30 UTC");
        assertThat(lines).contains("Respond by: 2024-03-04 11:00 UTC");
        assertThat(lines).contains("Runner-up: Bob Baker, score +2.90, margin +0.40");
        assertThat(lines).contains("Excluded: missing skill 2, off shift 1 (2 of 5 technicians eligible)");
    }

    @Test
    void cardListsTopThreeReasonsLargestFirst() {
        List<String> reasons = lines(new AssignmentCard().message(CardFixtures.notice("", CardFixtures.OVERRIDE)))
                .stream().filter(line -> line.startsWith("\u2022 ")).toList();

        assertThat(reasons).containsExactly(
                "\u2022 skill fit +1.60 (value 0.80 \u00d7 weight 2.00)",
                "\u2022 sla urgency +0.90 (value 0.90 \u00d7 weight 1.00)",
                "\u2022 workload headroom +0.50 (value 0.50 \u00d7 weight 1.00)");
    }

    @Test
    void cardHasOverrideOpenUrlAction() {
        JsonNode action = new AssignmentCard().message(CardFixtures.notice("", CardFixtures.OVERRIDE))
                .at("/attachments/0/content/actions/0");

        assertThat(action.path("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(action.path("title").asText()).isEqualTo("Override");
        assertThat(action.path("url").asText()).isEqualTo(CardFixtures.OVERRIDE.toString());
    }

    @Test
    void cardKeepsTicketTextOutOfMarkdown() {
        String summary = "Click [here](https://phish.example) **now**";
        ObjectNode message = new AssignmentCard().message(CardFixtures.notice(summary, CardFixtures.OVERRIDE));

        assertThat(message.findValues("type")).noneMatch(type -> type.asText().equals("TextBlock"));
        assertThat(lines(message)).contains(summary);
    }

    @Test
    void cardClipsLongSummary() {
        String summary = "x".repeat(5_000);

        List<String> lines = lines(new AssignmentCard().message(CardFixtures.notice(summary, CardFixtures.OVERRIDE)));

        assertThat(lines).anyMatch(line -> line.length() == AssignmentCard.SUMMARY_CHARS && line.endsWith("\u2026"));
    }

    @Test
    void oversizedCardDropsReasonsFirst() {
        AssignmentNotice notice = CardFixtures.notice("Mailbox full", CardFixtures.OVERRIDE);
        int full = TeamsMessages.byteSize(TeamsMessages.envelope(AssignmentCard.card(notice, 3, true)));

        ObjectNode message = new AssignmentCard(full - 1).message(notice);

        assertThat(TeamsMessages.byteSize(message)).isLessThan(full);
        assertThat(lines(message).stream().filter(line -> line.startsWith("\u2022 "))).hasSize(2);
        assertThat(lines(message)).anyMatch(line -> line.startsWith("Runner-up: "));
    }

    @Test
    void oversizedCardDropsComparisonLast() {
        AssignmentNotice notice = CardFixtures.notice("Mailbox full", CardFixtures.OVERRIDE);
        int bare = TeamsMessages.byteSize(TeamsMessages.envelope(AssignmentCard.card(notice, 0, false)));

        ObjectNode message = new AssignmentCard(bare).message(notice);

        assertThat(lines(message)).noneMatch(line -> line.startsWith("Runner-up: "));
        assertThat(lines(message)).contains("Ticket T-100 assigned to Ann Archer");
    }

    @Test
    void cardOverLimitAfterTrimmingIsRejected() {
        URI longUrl = URI.create("https://techroute.example.net/api/override?token=" + "a".repeat(30_000));
        AssignmentNotice notice = CardFixtures.notice("Mailbox full", longUrl);

        assertThatThrownBy(() -> new AssignmentCard().message(notice))
                .isInstanceOf(CardTooLargeException.class)
                .hasMessageContaining("ticket (T-100)")
                .hasMessageContaining("over the limit of 28000 bytes");
    }

    /** Returns the text of every RichTextBlock of the card, one string per block. */
    static List<String> lines(ObjectNode message) {
        List<String> lines = new ArrayList<>();
        for (JsonNode block : message.at("/attachments/0/content/body")) {
            StringBuilder text = new StringBuilder();
            block.path("inlines").forEach(run -> text.append(run.path("text").asText()));
            lines.add(text.toString());
        }
        return lines;
    }
}
