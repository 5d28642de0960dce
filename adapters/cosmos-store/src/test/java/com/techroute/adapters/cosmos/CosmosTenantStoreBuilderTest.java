package com.techroute.adapters.cosmos;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Checks the builder's settings. No test builds a client, because that would ask Entra ID for a token. */
class CosmosTenantStoreBuilderTest {

    @Test
    void missingSettingsAreListedTogether() {
        assertThatThrownBy(() -> CosmosTenantStore.builder().requireValid())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint is missing")
                .hasMessageContaining("databaseName is missing");
    }

    @Test
    void httpEndpointIsRejected() {
        assertThatThrownBy(() -> CosmosTenantStore.builder().endpoint("http://account.documents.azure.com")
                .databaseName("techroute").requireValid())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint (http://account.documents.azure.com) is not an https URL");
    }

    @Test
    void malformedEndpointIsRejected() {
        assertThatThrownBy(() -> CosmosTenantStore.builder().endpoint("https://bad host")
                .databaseName("techroute").requireValid())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint (https://bad host) is not a URL");
    }

    @Test
    void databaseNameWithSlashIsRejected() {
        assertThatThrownBy(() -> CosmosTenantStore.builder().endpoint("https://account.documents.azure.com:443/")
                .databaseName("tech/route").requireValid())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("databaseName (tech/route) is invalid");
    }

    @Test
    void blankManagedIdentityIsRejected() {
        assertThatThrownBy(() -> CosmosTenantStore.builder().endpoint("https://account.documents.azure.com:443/")
                .databaseName("techroute").managedIdentityClientId(" ").requireValid())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("managedIdentityClientId is blank");
    }

    @Test
    void completeSettingsPass() {
        assertThatCode(() -> CosmosTenantStore.builder().endpoint("https://account.documents.azure.com:443/")
                .databaseName("techroute").managedIdentityClientId("00000000-0000-0000-0000-000000000001")
                .requireValid()).doesNotThrowAnyException();
    }
}
