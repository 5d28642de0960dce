package com.techroute.functions;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.techroute.adapters.signing.LocalKeyFileSigner;
import com.techroute.adapters.sqlite.SqliteConsumedTokens;
import com.techroute.adapters.sqlite.SqliteTenantDirectory;
import com.techroute.adapters.sqlite.SqliteTenantStore;
import com.techroute.adapters.teams.FixedWebhookUrlSource;
import com.techroute.adapters.teams.RetryPolicy;
import com.techroute.adapters.teams.TeamsChannel;
import com.techroute.adapters.teams.TeamsWebhookNotifier;
import com.techroute.adapters.teams.testing.WebhookServer;
import com.techroute.engine.assignment.AuditEntry;
import com.techroute.engine.assignment.AuditKind;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.testing.Tenants;
import com.techroute.engine.testing.TechnicianBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Functions runtime for tests, made of real local parts: a SQLite store file and token register, a local
 * key file signer, and a Teams webhook server on 127.0.0.1.
 *
 * <p>NOTE: no Service Bus emulator exists for the build machine, so the three Service Bus sender clients
 * are Mockito mocks; tests read what was sent from them.
 */
final class TestRuntime implements AutoCloseable {

    /** Monday 4 March 2024, 10:05 UTC: inside the technicians' shifts. */
    static final Instant START = Instant.parse("2024-03-04T10:05:00Z");
    static final TenantId TENANT = Tenants.TENANT_A;
    static final RetryPolicy FAST_RETRIES = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20),
            Duration.ofSeconds(2), Duration.ofSeconds(5));

    final MutableClock clock = new MutableClock(START);
    final FlakyStore store;
    final SqliteConsumedTokens tokens;
    final SqliteTenantDirectory tenants;
    final LocalKeyFileSigner signer;
    final ServiceBusSenderClient ticketsSender = mock(ServiceBusSenderClient.class);
    final ServiceBusSenderClient invalidSender = mock(ServiceBusSenderClient.class);
    final ServiceBusSenderClient eventsSender = mock(ServiceBusSenderClient.class);
    final WebhookServer webhook;
    final FunctionsRuntime runtime;

    TestRuntime(Path dir) {
        this(dir, TestSettings.complete());
    }

    TestRuntime(Path dir, Map<String, String> settings) {
        Path file = dir.resolve("techroute.db");
        store = new FlakyStore(SqliteTenantStore.open(file));
        tokens = SqliteConsumedTokens.open(file, clock);
        tenants = SqliteTenantDirectory.open(file);
        signer = LocalKeyFileSigner.loadOrCreate(dir.resolve("override-key.pem"));
        try {
            webhook = WebhookServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TeamsChannel teams = new TeamsChannel(FixedWebhookUrlSource.forEveryTenant(webhook.url()),
                TeamsWebhookNotifier.create(FAST_RETRIES));
        runtime = new FunctionsRuntime(AppSettings.read(settings), store, tenants, tokens, signer,
                new ServiceBusOutbox(ticketsSender, invalidSender, eventsSender), teams, clock, null);
        seed();
    }

    private void seed() {
        store.saveTenant(Tenants.profile());
        Tenants.clients().forEach(client -> store.saveClient(TENANT, client));
        store.saveTechnician(TENANT, TechnicianBuilder.technician("tech-ann").withName("Ann Archer")
                .withSkill("windows", 5).build());
        store.saveTechnician(TENANT, TechnicianBuilder.technician("tech-bob").withName("Bob Baker")
                .withSkill("windows", 3).build());
        store.saveTechnician(TENANT, TechnicianBuilder.technician("tech-cy").withName("Cy Cole")
                .withSkill("windows", 2).build());
    }

    /** Returns a valid ticket message of the test tenant. */
    static String message(String ticketId) {
        return message(ticketId, "Outlook does not start");
    }

    /** Returns a valid ticket message of the test tenant with the given summary. */
    static String message(String ticketId, String summary) {
        ObjectMapper json = new ObjectMapper();
        var node = json.createObjectNode();
        node.put("tenantId", TENANT.value());
        node.put("id", ticketId);
        node.put("client", "client-gold");
        node.put("summary", summary);
        node.putObject("category").put("board", "Service Desk").put("type", "Software");
        node.put("priority", "P2");
        node.putArray("requiredSkills").addObject().put("skill", "windows").put("minLevel", 2);
        node.put("effort", "PT1H");
        node.put("createdAt", "2024-03-04T10:00:00Z");
        node.put("language", "en");
        return node.toString();
    }

    /** Returns the messages a mocked sender was given, oldest first. */
    static List<ServiceBusMessage> sent(ServiceBusSenderClient sender) {
        return mockingDetails(sender).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("sendMessage"))
                .map(invocation -> (ServiceBusMessage) invocation.getArgument(0))
                .toList();
    }

    /** Returns the tenant's audit records of one kind. */
    List<AuditEntry> audit(AuditKind kind) {
        return store.audit(TENANT).stream().filter(entry -> entry.kind() == kind).toList();
    }

    /** Returns the card bodies the webhook received, parsed. */
    List<JsonNode> cards() {
        ObjectMapper json = new ObjectMapper();
        return webhook.received().stream().map(received -> {
            try {
                return json.readTree(received.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Returns the override link of the newest assignment card. */
    URI lastOverrideLink() {
        List<JsonNode> cards = cards();
        for (int i = cards.size() - 1; i >= 0; i--) {
            JsonNode action = cards.get(i).at("/attachments/0/content/actions/0/url");
            if (!action.isMissingNode()) {
                return URI.create(action.asText());
            }
        }
        throw new AssertionError("No assignment card with an override link was posted");
    }

    /** Returns the token of an override link. */
    static String token(URI link) {
        String query = link.getRawQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }

    @Override
    public void close() {
        webhook.close();
        tokens.close();
        tenants.close();
        store.close();
    }
}
