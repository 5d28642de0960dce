package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated entry points with a fake host request, to check the mapping onto the plain methods. */
class HttpEntryPointsTest {

    @TempDir
    Path dir;

    private TestRuntime test;

    @BeforeEach
    void start() {
        test = new TestRuntime(dir);
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void ingestRunReturns202WithJson() {
        FakeRequest request = new FakeRequest(HttpMethod.POST, TestRuntime.message("T-1"), Map.of(), Map.of());

        HttpResponseMessage response = new IngestTicket(test.runtime).run(request,
                new TestContext("IngestTicket").context());

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void overrideRunReadsTokenAndPrincipalHeader() {
        new AssignTicket(test.runtime).handle(List.of(TestRuntime.message("T-1")),
                new TestContext("AssignTicket").context());
        String token = TestRuntime.token(test.lastOverrideLink());
        FakeRequest request = new FakeRequest(HttpMethod.GET, null, Map.of("token", token),
                Map.of("x-ms-client-principal-name", "dana@msp-north.example"));

        HttpResponseMessage response = new OverrideAssignment(test.runtime).run(request, "msp-north", "T-1",
                new TestContext("OverrideAssignment").context());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat((String) response.getBody()).contains("Signed in as dana@msp-north.example");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }
}
