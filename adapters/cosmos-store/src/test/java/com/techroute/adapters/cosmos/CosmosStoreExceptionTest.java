package com.techroute.adapters.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CosmosStoreExceptionTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 408, 410, 412, 429, 449, 500, 503})
    void retryableStatusIsTransient(int status) {
        assertThat(new CosmosStoreException("failed", status, null).isTransient()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 413})
    void clientErrorIsNotTransient(int status) {
        assertThat(new CosmosStoreException("failed", status, null).isTransient()).isFalse();
    }
}
