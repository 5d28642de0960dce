package com.techroute.adapters.cosmos;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalCosmosTestServerTest {

    @Test
    void azureEndpointIsRejected() {
        assertThatThrownBy(() -> LocalCosmosTestServer.requireLoopback("https://techroute.documents.azure.com:443/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("techroute.documents.azure.com")
                .hasMessageContaining("CosmosTenantStore.builder()");
    }

    @Test
    void plainHttpIsRejected() {
        assertThatThrownBy(() -> LocalCosmosTestServer.requireLoopback("http://127.0.0.1:8081"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostThatOnlyStartsWithLoopbackIsRejected() {
        assertThatThrownBy(() -> LocalCosmosTestServer.requireLoopback("https://127.0.0.1.example.com:8081"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingEndpointIsRejected() {
        assertThatThrownBy(() -> LocalCosmosTestServer.requireLoopback(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(null)");
    }

    @Test
    void loopbackEndpointsPass() {
        assertThatCode(() -> LocalCosmosTestServer.requireLoopback("https://127.0.0.1:8081")).doesNotThrowAnyException();
        assertThatCode(() -> LocalCosmosTestServer.requireLoopback("https://localhost:8081/")).doesNotThrowAnyException();
        assertThatCode(() -> LocalCosmosTestServer.requireLoopback("https://[::1]:8081")).doesNotThrowAnyException();
    }
}
