package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.domain.TicketId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The override page with App Service authentication on. NOTE: the platform's sign-in and the header it
 * sets exist only in Azure; here the header is passed by hand.
 */
class OverrideSignInTest {

    @TempDir
    Path dir;

    private TestRuntime test;
    private OverrideAssignment function;
    private String token;

    @BeforeEach
    void assignTicket() {
        Map<String, String> settings = TestSettings.complete();
        settings.put(AppSettings.WEBSITE_AUTH_ENABLED, "True");
        test = new TestRuntime(dir, settings);
        function = new OverrideAssignment(test.runtime);
        new AssignTicket(test.runtime).handle(List.of(TestRuntime.message("T-1")), new TestContext("AssignTicket").context());
        token = TestRuntime.token(test.lastOverrideLink());
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void getWithoutPrincipalRedirectsToSignIn() {
        HttpResult page = function.page("msp-north", "T-1", token, null, new TestContext("OverrideAssignment").context());

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().get("Location")).startsWith("/.auth/login/aad?post_login_redirect_uri=");
        assertThat(page.headers().get("Location")).contains("%2Fapi%2Foverride%2Fmsp-north%2FT-1%3Ftoken%3D");
    }

    @Test
    void getWithPrincipalHidesNameField() {
        HttpResult page = function.page("msp-north", "T-1", token, "dana@msp-north.example",
                new TestContext("OverrideAssignment").context());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("name=\"name\"");
        assertThat(page.body()).contains("Signed in as dana@msp-north.example");
    }

    @Test
    void postWithoutPrincipalChangesNothing() {
        Assignment before = test.store.currentAssignment(TestRuntime.TENANT, TicketId.of("T-1")).orElseThrow();

        HttpResult page = function.submit("msp-north", "T-1", token, "technician=tech-cy&reason=x&name=Mallory", null,
                new TestContext("OverrideAssignment").context());

        assertThat(page.status()).isEqualTo(401);
        assertThat(test.store.currentAssignment(TestRuntime.TENANT, TicketId.of("T-1"))).contains(before);
    }
}
