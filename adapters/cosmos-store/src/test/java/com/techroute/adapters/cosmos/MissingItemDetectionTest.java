package com.techroute.adapters.cosmos;

import static com.techroute.adapters.cosmos.MissingItemDetection.LOCAL_TEST_SERVER;
import static com.techroute.adapters.cosmos.MissingItemDetection.NOT_FOUND_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingItemDetectionTest {

    private static final String LOCAL_SERVER_MESSAGE =
            "Cannot read properties of undefined (reading 'tenantId'), StatusCode: InternalServerError";

    @Test
    void notFoundIsMissingEverywhere() {
        assertThat(NOT_FOUND_ONLY.isMissing(404, 0, "")).isTrue();
        assertThat(LOCAL_TEST_SERVER.isMissing(404, 0, "")).isTrue();
    }

    @Test
    void missingContainerIsNotMissingItem() {
        assertThat(NOT_FOUND_ONLY.isMissing(404, 1003, "")).isFalse();
        assertThat(LOCAL_TEST_SERVER.isMissing(404, 1003, "")).isFalse();
    }

    @Test
    void localServerErrorIsMissingOnlyThere() {
        assertThat(LOCAL_TEST_SERVER.isMissing(500, 0, LOCAL_SERVER_MESSAGE)).isTrue();
        assertThat(NOT_FOUND_ONLY.isMissing(500, 0, LOCAL_SERVER_MESSAGE)).isFalse();
    }

    @Test
    void otherServerErrorIsNotMissing() {
        assertThat(LOCAL_TEST_SERVER.isMissing(500, 0, "Internal error")).isFalse();
        assertThat(LOCAL_TEST_SERVER.isMissing(500, 0, null)).isFalse();
    }

    @Test
    void otherStatusesAreNotMissing() {
        assertThat(LOCAL_TEST_SERVER.isMissing(412, 0, LOCAL_SERVER_MESSAGE)).isFalse();
        assertThat(NOT_FOUND_ONLY.isMissing(429, 0, "")).isFalse();
    }
}
