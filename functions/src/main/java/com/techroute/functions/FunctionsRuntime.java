package com.techroute.functions;

import com.techroute.adapters.teams.TeamsChannel;
import com.techroute.engine.assignment.AssignmentService;
import com.techroute.engine.port.ConsumedTokens;
import com.techroute.engine.port.Signer;
import com.techroute.engine.port.TenantDirectory;
import com.techroute.engine.port.TenantStore;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the Functions app: the settings, read and checked once, and the collaborators
 * built from them. The function classes get everything from here.
 *
 * <p>In Azure, {@link #shared()} builds one runtime per worker process on first use, from the process
 * environment (the app settings). Another host, such as a local runner, builds one with the public
 * constructor from local parts (an embedded store, a local key file, an in-process outbox).
 */
public final class FunctionsRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionsRuntime.class);
    private static final Object LOCK = new Object();
    private static volatile FunctionsRuntime shared;
    private static volatile String lastStartFailure;

    private final AppSettings settings;
    private final TenantStore store;
    private final TenantDirectory tenants;
    private final ConsumedTokens consumedTokens;
    private final Outbox outbox;
    private final TeamsChannel teams;
    private final Clock clock;
    private final TicketMessages messages;
    private final OverrideTokens overrideTokens;
    private final AssignmentService assignments;
    private final Reassignments reassignments;
    private final AutoCloseable resources;

    /**
     * Assembles a runtime from its parts.
     *
     * @param resources what {@link #close()} closes besides the store, such as Service Bus clients; may be null
     */
    public FunctionsRuntime(AppSettings settings, TenantStore store, TenantDirectory tenants,
            ConsumedTokens consumedTokens, Signer signer, Outbox outbox, TeamsChannel teams, Clock clock,
            AutoCloseable resources) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.tenants = Objects.requireNonNull(tenants, "tenants must not be null");
        this.consumedTokens = Objects.requireNonNull(consumedTokens, "consumedTokens must not be null");
        this.outbox = Objects.requireNonNull(outbox, "outbox must not be null");
        this.teams = Objects.requireNonNull(teams, "teams must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.resources = resources;
        this.messages = TicketMessages.load();
        this.overrideTokens = new OverrideTokens(Objects.requireNonNull(signer, "signer must not be null"),
                settings.overrideTokenTtl(), clock);
        this.assignments = new AssignmentService(store, clock);
        this.reassignments = new Reassignments(store, consumedTokens, outbox, clock);
    }

    /**
     * Returns the process-wide runtime, building it from the environment on first use. A failed start is
     * not kept: the next call tries again, so a transient failure (a service not yet reachable) heals.
     *
     * @throws AppSettings.InvalidSettingsException listing every missing or invalid setting
     * @throws RuntimeException of the Azure SDKs when a client cannot be built
     */
    public static FunctionsRuntime shared() {
        FunctionsRuntime current = shared;
        if (current != null) {
            return current;
        }
        synchronized (LOCK) {
            if (shared == null) {
                try {
                    shared = fromEnvironment(System.getenv());
                    lastStartFailure = null;
                } catch (RuntimeException e) {
                    lastStartFailure = e.getClass().getSimpleName();
                    LOG.error("Failed to start the Functions runtime", e);
                    throw e;
                }
            }
            return shared;
        }
    }

    /**
     * Reads and checks every app setting, then builds the Azure parts: the Cosmos DB store, the Service Bus
     * senders, the Key Vault signer and the Teams channel, each signed in with the managed identity.
     *
     * @param environment the app settings, such as {@code System.getenv()}
     * @throws AppSettings.InvalidSettingsException listing every missing or invalid setting, before any
     *     client is built
     */
    public static FunctionsRuntime fromEnvironment(Map<String, String> environment) {
        return AzureWiring.build(AppSettings.read(environment));
    }

    /** Returns whether {@link #shared()} has built the runtime, for the health check. */
    static String sharedState() {
        if (shared != null) {
            return "started";
        }
        String failure = lastStartFailure;
        return failure == null ? "not started yet" : "failed to start (" + failure + "), see the logs";
    }

    public AppSettings settings() {
        return settings;
    }

    public TenantStore store() {
        return store;
    }

    public TenantDirectory tenants() {
        return tenants;
    }

    public ConsumedTokens consumedTokens() {
        return consumedTokens;
    }

    public Outbox outbox() {
        return outbox;
    }

    public TeamsChannel teams() {
        return teams;
    }

    public Clock clock() {
        return clock;
    }

    public TicketMessages messages() {
        return messages;
    }

    public OverrideTokens overrideTokens() {
        return overrideTokens;
    }

    public AssignmentService assignments() {
        return assignments;
    }

    Reassignments reassignments() {
        return reassignments;
    }

    /** Closes the store and the other resources; closing the store comes last. */
    @Override
    public void close() {
        if (resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                LOG.warn("Failed to close a resource of the Functions runtime", e);
            }
        }
        store.close();
    }
}
