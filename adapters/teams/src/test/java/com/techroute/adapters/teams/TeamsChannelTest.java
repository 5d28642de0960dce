package com.techroute.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.adapters.teams.NotificationResult.Outcome;
import com.techroute.adapters.teams.WebhookUrlSource.WebhookLookupException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamsChannelTest {

    private final TeamsWebhookNotifier notifier = TeamsWebhookNotifier.create(RetryPolicy.DEFAULT);

    @Test
    void tenantWithoutWebhookIsSkipped() {
        TeamsChannel channel = new TeamsChannel(tenant -> Optional.empty(), notifier);

        NotificationResult result = channel.send(CardFixtures.notice("", CardFixtures.OVERRIDE).tenant(),
                TeamsMessages.envelope(CardElements.card()));

        assertThat(result.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(result.attempts()).isZero();
    }

    @Test
    void failedLookupIsReportedNotThrown() {
        TeamsChannel channel = new TeamsChannel(tenant -> {
            throw new WebhookLookupException("Failed to read Key Vault secret (teams-webhook-msp-north)");
        }, notifier);

        NotificationResult result = channel.send(CardFixtures.notice("", CardFixtures.OVERRIDE).tenant(),
                TeamsMessages.envelope(CardElements.card()));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.detail()).contains("teams-webhook-msp-north");
    }
}
