package com.techroute.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.techroute.adapters.sqlite.SqliteTenantStore;
import com.techroute.adapters.teams.testing.WebhookServer;
import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import com.techroute.functions.AssignmentEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code serve} in-process on a free port of 127.0.0.1 over a demo database, with a real webhook
 * receiver, and drives it over HTTP as a PSA and a dispatcher would.
 */
@Timeout(120)
class ServeEndToEndTest {

    private static final TenantId DEMO = TenantId.of("demo");
    private static final TicketId ORDINARY = TicketId.of("DEMO-1001");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\">");

    @TempDir
    Path folder;

    private final TestHttp http = new TestHttp();
    private Path database;
    private WebhookServer webhook;
    private LocalServer server;

    @BeforeEach
    void startServer() throws IOException {
        database = DemoFiles.initDemoDatabase(folder);
        webhook = WebhookServer.start();
        server = LocalServer.start(settings(new CardTarget.Webhook(webhook.url())));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    void ticketIsAssignedAndOverriddenOverHttp() {
        HttpResponse<String> queued = http.postJson(route("/api/tickets"), DemoFiles.message("ordinary.json"));
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        assertThat(queued.body()).contains("\"ticketId\":\"DEMO-1001\"");

        URI link = overrideLink(DemoFiles.await("the assignment card", WAIT, this::firstCard));
        assertThat(link.toString()).startsWith(server.baseUrl() + "/api/override/demo/DEMO-1001?token=");
        Assignment assigned = currentAssignment();

        HttpResponse<String> page = http.get(link);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<h2>Candidates</h2>");
        assertThat(page.body()).contains("Amelia Clarke");
        assertThat(currentAssignment()).isEqualTo(assigned);

        String chosen = firstOption(page.body());
        assertThat(chosen).isNotEqualTo(assigned.technician().value());
        String form = form(chosen, "Priya knows the client's mailbox setup", "Dana Dispatcher");
        HttpResponse<String> moved = http.postForm(link, form);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(moved.body()).contains("Ticket DEMO-1001 reassigned");

        Assignment after = currentAssignment();
        assertThat(after.technician().value()).isEqualTo(chosen);
        assertThat(after.revision()).isEqualTo(assigned.revision() + 1);
        AuditEntry audit = reassignedAudit();
        assertThat(audit.actor()).isEqualTo("Dana Dispatcher");
        assertThat(audit.detailJson()).contains("\"reason\":\"Priya knows the client's mailbox setup\"");
        assertThat(server.queue().events()).extracting(AssignmentEvent::kind)
                .containsExactly(AssignmentEvent.Kind.ASSIGNED, AssignmentEvent.Kind.REASSIGNED);

        HttpResponse<String> again = http.postForm(link, form);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(410);
        assertThat(currentAssignment()).isEqualTo(after);

        HttpResponse<String> health = http.get(route("/api/health"));
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
        assertThat(health.body()).contains("\"runtime\":\"started\"");
    }

    @Test
    void invalidTicketIsRejectedWith400() {
        String body = DemoFiles.message("ordinary.json").replace("\"priority\": \"P3\"", "\"priority\": \"urgent\"");

        HttpResponse<String> response = http.postJson(route("/api/tickets"), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"invalid ticket message\"");
        assertThat(response.body()).contains("priority");
        assertThat(server.queue().waiting()).isZero();
    }

    @Test
    void unknownClientTicketIsSetAside() {
        String body = DemoFiles.message("ordinary.json").replace("\"harbour-dental\"", "\"no-such-client\"");

        HttpResponse<String> queued = http.postJson(route("/api/tickets"), body);
        // AssignTicket sets the message aside first and audits it next, so wait for the audit record.
        AuditEntry audit = DemoFiles.await("the INVALID_MESSAGE audit record", WAIT, this::invalidMessageAudit);
        List<InProcessQueue.SetAside> setAside = server.queue().setAside();

        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        assertThat(setAside).hasSize(1);
        assertThat(setAside.get(0).reason()).contains("no-such-client");
        assertThat(setAside.get(0).body()).contains("\"client\":\"no-such-client\"");
        assertThat(audit.detailJson()).contains(setAside.get(0).reference());
        assertThat(webhook.received()).isEmpty();
    }

    @Test
    void unknownRouteIsNotFound() {
        HttpResponse<String> response = http.get(route("/api/tickets/DEMO-1001"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("POST /api/tickets");
    }

    @Test
    void wrongMethodIsRejectedWith405() {
        HttpResponse<String> response = http.get(route("/api/tickets"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void cardsFolderReceivesEachCardAsFile() {
        server.close();
        Path cards = folder.resolve("out").resolve("cards");
        server = LocalServer.start(settings(new CardTarget.Folder(cards)));

        HttpResponse<String> queued = http.postJson(route("/api/tickets"), DemoFiles.message("ordinary.json"));
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);

        Path file = DemoFiles.await("a card file", WAIT, () -> firstFile(cards));
        assertThat(file.getFileName().toString()).matches("\\d{8}-\\d{6}-\\d{3}-demo-0001\\.json");
        HttpResponse<String> page = http.get(overrideLink(read(file)));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("DEMO-1001");
    }

    @Test
    void closeDeliversQueuedTicketsBeforeStopping() {
        HttpResponse<String> queued = http.postJson(route("/api/tickets"), DemoFiles.message("unassignable.json"));
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);

        server.close();

        try (SqliteTenantStore store = SqliteTenantStore.open(database)) {
            assertThat(store.unassigned(DEMO)).extracting(unassigned -> unassigned.ticket().id().value())
                    .containsExactly("DEMO-1002");
        }
    }

    private ServeSettings settings(CardTarget cards) {
        return new ServeSettings(database, DEMO, 0, folder.resolve("signing.pem"), cards, Optional.empty(),
                Clock.fixed(DemoFiles.DEMO_NOW, ZoneOffset.UTC));
    }

    private URI route(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private JsonNode firstCard() {
        List<WebhookServer.Received> received = webhook.received();
        return received.isEmpty() ? null : parse(received.get(0).body());
    }

    private static Path firstFile(Path cards) {
        try (Stream<Path> files = Files.list(cards)) {
            return files.filter(file -> file.toString().endsWith(".json")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the url of the card's Action.OpenUrl, wherever the card puts it. */
    private static URI overrideLink(JsonNode message) {
        List<JsonNode> actions = message.findParents("type").stream()
                .filter(node -> "Action.OpenUrl".equals(node.path("type").asText()))
                .toList();
        assertThat(actions).as("Action.OpenUrl in %s", message).hasSize(1);
        return URI.create(actions.get(0).path("url").asText());
    }

    private static String firstOption(String page) {
        Matcher option = OPTION.matcher(page);
        assertThat(option.find()).as("a technician option on the page").isTrue();
        return option.group(1);
    }

    private static String form(String technician, String reason, String name) {
        return "technician=" + encode(technician) + "&reason=" + encode(reason) + "&name=" + encode(name);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Assignment currentAssignment() {
        try (SqliteTenantStore store = SqliteTenantStore.open(database)) {
            return store.currentAssignment(DEMO, ORDINARY).orElseThrow();
        }
    }

    private AuditEntry invalidMessageAudit() {
        try (SqliteTenantStore store = SqliteTenantStore.open(database)) {
            return store.audit(DEMO).stream()
                    .filter(entry -> entry.kind() == AuditKind.INVALID_MESSAGE)
                    .findFirst()
                    .orElse(null);
        }
    }

    private AuditEntry reassignedAudit() {
        try (SqliteTenantStore store = SqliteTenantStore.open(database)) {
            List<AuditEntry> entries = store.audit(DEMO).stream()
                    .filter(entry -> entry.kind() == AuditKind.TICKET_REASSIGNED)
                    .toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }
}
