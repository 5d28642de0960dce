package com.techroute.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.core.http.HttpResponse;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.models.KeyVaultSecret;
import com.techroute.adapters.teams.WebhookUrlSource.WebhookLookupException;
import com.techroute.engine.domain.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NOTE: no Key Vault is reachable from the build machine, so the SDK's {@code SecretClient} is a Mockito
 * mock here; that the identity may read the secrets is checked only in Azure.
 */
class KeyVaultWebhookUrlSourceTest {

    private static final String URL = "https://prod-01.westeurope.logic.azure.com/workflows/abc/invoke?sig=s3cret";
    private static final TenantId TENANT = TenantId.of("msp-north");

    private final SecretClient secrets = mock(SecretClient.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-04T10:00:00Z"));
    private final KeyVaultWebhookUrlSource source = new KeyVaultWebhookUrlSource(secrets, "teams-webhook-", clock);

    @Test
    void webhookReadsSecretNamedAfterTenant() {
        when(secrets.getSecret("teams-webhook-msp-north")).thenReturn(new KeyVaultSecret("teams-webhook-msp-north", URL));

        assertThat(source.webhookFor(TENANT)).contains(URI.create(URL));
    }

    @Test
    void webhookIsCachedForFiveMinutes() {
        when(secrets.getSecret("teams-webhook-msp-north")).thenReturn(new KeyVaultSecret("teams-webhook-msp-north", URL));

        source.webhookFor(TENANT);
        clock.now = clock.now.plusSeconds(299);
        source.webhookFor(TENANT);
        clock.now = clock.now.plusSeconds(2);
        source.webhookFor(TENANT);

        verify(secrets, times(2)).getSecret("teams-webhook-msp-north");
    }

    @Test
    void missingSecretMeansNoWebhook() {
        when(secrets.getSecret("teams-webhook-msp-north")).thenThrow(new ResourceNotFoundException("not found", null));

        assertThat(source.webhookFor(TENANT)).isEqualTo(Optional.empty());
    }

    @Test
    void deniedAccessNamesTheRole() {
        HttpResponse response = mock(HttpResponse.class);
        when(response.getStatusCode()).thenReturn(403);
        when(secrets.getVaultUrl()).thenReturn("https://techroute-kv.vault.azure.net");
        when(secrets.getSecret("teams-webhook-msp-north")).thenThrow(new HttpResponseException("denied", response));

        assertThatThrownBy(() -> source.webhookFor(TENANT))
                .isInstanceOf(WebhookLookupException.class)
                .hasMessageContaining("status 403")
                .hasMessageContaining("Key Vault Secrets User");
    }

    @Test
    void tenantIdOutsideSecretNameCharactersIsRejected() {
        assertThatThrownBy(() -> source.webhookFor(TenantId.of("msp.north")))
                .isInstanceOf(WebhookLookupException.class)
                .hasMessageContaining("teams-webhook-msp.north");
    }

    @Test
    void invalidSecretHidesItsValue() {
        when(secrets.getSecret("teams-webhook-msp-north"))
                .thenReturn(new KeyVaultSecret("teams-webhook-msp-north", "ftp://files/s3cret"));

        assertThatThrownBy(() -> source.webhookFor(TENANT))
                .isInstanceOf(WebhookLookupException.class)
                .hasMessageContaining("does not hold a valid http or https URL")
                .hasMessageNotContaining("s3cret");
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
