package com.techroute.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.messaging.servicebus.ServiceBusMessage;
import com.techroute.adapters.signing.LocalKeyFileSigner;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TicketId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OverrideAssignment called directly with the link from a real assignment card. */
class OverrideAssignmentTest {

    private static final TicketId TICKET = TicketId.of("T-1");

    @TempDir
    Path dir;

    private TestRuntime test;
    private OverrideAssignment function;
    private String token;
    private Assignment original;

    @BeforeEach
    void assignTicket() {
        test = new TestRuntime(dir);
        function = new OverrideAssignment(test.runtime);
        new AssignTicket(test.runtime).handle(List.of(TestRuntime.message("T-1", "<script>alert(1)</script> & co")),
                new TestContext("AssignTicket").context());
        token = TestRuntime.token(test.lastOverrideLink());
        original = current();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void getShowsFormWithCandidates() {
        HttpResult page = get(token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<select name=\"technician\"");
        assertThat(page.body()).contains("Bob Baker");
        assertThat(page.body()).contains("Cy Cole");
        assertThat(page.body()).contains("name=\"reason\"");
        assertThat(page.body()).contains("name=\"name\"");
        assertThat(page.headers()).containsEntry("Referrer-Policy", "no-referrer");
    }

    @Test
    void getEscapesTicketText() {
        String body = get(token).body();

        assertThat(body).doesNotContain("<script>");
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    }

    @Test
    void getChangesNothing() {
        int auditBefore = test.store.audit(TestRuntime.TENANT).size();

        get(token);
        get(token);

        assertThat(current()).isEqualTo(original);
        assertThat(test.store.audit(TestRuntime.TENANT)).hasSize(auditBefore);
        assertThat(post(token, other(), "Bob knows this client", "Dana Dispatcher").status()).isEqualTo(200);
    }

    @Test
    void postReassignsAndAudits() {
        TechnicianId to = other();

        HttpResult page = post(token, to, "Bob knows this client", "Dana Dispatcher");

        Assignment now = current();
        assertThat(page.status()).isEqualTo(200);
        assertThat(now.technician()).isEqualTo(to);
        assertThat(now.revision()).isEqualTo(1);
        assertThat(now.status()).isEqualTo(AssignmentStatus.OPEN);
        assertThat(test.store.assignmentsSince(TestRuntime.TENANT, Instant.EPOCH).stream()
                .filter(a -> a.id().equals(original.id())).findFirst().orElseThrow().status())
                .isEqualTo(AssignmentStatus.SUPERSEDED);
        List<AuditEntry> audit = test.audit(AuditKind.TICKET_REASSIGNED);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo("Dana Dispatcher");
        assertThat(audit.get(0).at()).isEqualTo(TestRuntime.START);
        assertThat(audit.get(0).detailJson()).contains("Bob knows this client");
        assertThat(audit.get(0).detailJson()).contains("\"from\":\"" + original.technician() + "\"");
    }

    @Test
    void postPublishesReassignedEvent() {
        post(token, other(), "Bob knows this client", "Dana Dispatcher");

        List<ServiceBusMessage> events = TestRuntime.sent(test.eventsSender);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).getSubject()).isEqualTo("REASSIGNED");
        assertThat(events.get(1).getMessageId()).isEqualTo("msp-north|T-1|1");
    }

    @Test
    void postTakesNameFromSignedInPrincipal() {
        HttpResult page = function.submit("msp-north", "T-1", token, form(other(), "Load", "Mallory"),
                "dana@msp-north.example", new TestContext("OverrideAssignment").context());

        assertThat(page.status()).isEqualTo(200);
        assertThat(test.audit(AuditKind.TICKET_REASSIGNED).get(0).actor()).isEqualTo("dana@msp-north.example");
    }

    @Test
    void replayedTokenIsRejected() {
        post(token, other(), "Bob knows this client", "Dana Dispatcher");
        Assignment afterFirst = current();

        HttpResult replay = post(token, original.technician(), "Back again", "Eve");

        assertThat(replay.status()).isEqualTo(410);
        assertThat(current()).isEqualTo(afterFirst);
        assertThat(test.audit(AuditKind.TICKET_REASSIGNED)).hasSize(1);
    }

    @Test
    void expiredTokenIsRejected() {
        test.clock.advance(Duration.ofMinutes(61));

        HttpResult page = get(token);
        HttpResult posted = post(token, other(), "Too late", "Dana Dispatcher");

        assertThat(page.status()).isEqualTo(410);
        assertThat(posted.status()).isEqualTo(410);
        assertThat(current()).isEqualTo(original);
    }

    @Test
    void forgedPayloadIsRejected() {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replace("\"exp\":", "\"exp\":9");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];

        assertThat(get(forged).status()).isEqualTo(403);
        assertThat(post(forged, other(), "Forged", "Mallory").status()).isEqualTo(403);
        assertThat(current()).isEqualTo(original);
    }

    @Test
    void tokenOfAnotherKeyIsRejected() {
        LocalKeyFileSigner otherKey = LocalKeyFileSigner.loadOrCreate(dir.resolve("other-key.pem"));
        String foreign = new OverrideTokens(otherKey, Duration.ofHours(1), test.clock)
                .issue(TestRuntime.TENANT, TICKET, original.id());

        assertThat(post(foreign, other(), "Foreign key", "Mallory").status()).isEqualTo(403);
        assertThat(current()).isEqualTo(original);
    }

    @Test
    void garbledTokenIsRejected() {
        assertThat(get("not-a-token").status()).isEqualTo(403);
        assertThat(get(null).status()).isEqualTo(403);
        assertThat(get(token + "x").status()).isEqualTo(403);
    }

    @Test
    void tokenForAnotherTicketIsRejected() {
        HttpResult page = function.page("msp-north", "T-2", token, null, new TestContext("OverrideAssignment").context());

        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void postWithoutReasonChangesNothing() {
        HttpResult page = post(token, other(), "", "Dana Dispatcher");

        assertThat(page.status()).isEqualTo(400);
        assertThat(current()).isEqualTo(original);
        assertThat(post(token, other(), "Now with a reason", "Dana Dispatcher").status()).isEqualTo(200);
    }

    @Test
    void postToUnknownTechnicianChangesNothing() {
        HttpResult page = post(token, TechnicianId.of("tech-nobody"), "Typo", "Dana Dispatcher");

        assertThat(page.status()).isEqualTo(400);
        assertThat(current()).isEqualTo(original);
    }

    @Test
    void linkOfChangedTicketIsStale() {
        String secondToken = test.runtime.overrideTokens().issue(TestRuntime.TENANT, TICKET, original.id());
        post(token, other(), "First change", "Dana Dispatcher");

        HttpResult page = get(secondToken);
        HttpResult posted = post(secondToken, original.technician(), "Second change", "Eve");

        assertThat(page.status()).isEqualTo(409);
        assertThat(posted.status()).isEqualTo(409);
        assertThat(test.audit(AuditKind.TICKET_REASSIGNED)).hasSize(1);
    }

    @Test
    void storeFailureChangesNothingAndKeepsLinkUsable() {
        test.store.failWrites(true);

        HttpResult page = post(token, other(), "Store down", "Dana Dispatcher");
        test.store.failWrites(false);

        assertThat(page.status()).isEqualTo(503);
        assertThat(current()).isEqualTo(original);
        assertThat(post(token, other(), "Store back", "Dana Dispatcher").status()).isEqualTo(200);
    }

    private HttpResult get(String link) {
        return function.page("msp-north", "T-1", link, null, new TestContext("OverrideAssignment").context());
    }

    private HttpResult post(String link, TechnicianId to, String reason, String name) {
        return function.submit("msp-north", "T-1", link, form(to, reason, name), null,
                new TestContext("OverrideAssignment").context());
    }

    private static String form(TechnicianId to, String reason, String name) {
        return "technician=" + encode(to.value()) + "&reason=" + encode(reason) + "&name=" + encode(name);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Assignment current() {
        return test.store.currentAssignment(TestRuntime.TENANT, TICKET).orElseThrow();
    }

    private TechnicianId other() {
        return original.technician().value().equals("tech-bob") ? TechnicianId.of("tech-cy") : TechnicianId.of("tech-bob");
    }
}
