package com.techroute.local.serve;

import com.techroute.engine.domain.TenantId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code serve} runs with.
 *
 * @param database SQLite file that contains the store, the tenant list and the used override tokens
 * @param tenant tenant that must have a profile before the server starts; messages of other tenants in the
 *     same file are served too
 * @param port TCP port on 127.0.0.1, or 0 for a free port chosen by the system
 * @param keyFile PEM file of the key that signs override links; created with owner-only permissions when missing
 * @param cards where Teams messages go
 * @param rebalanceEvery time between rebalance runs, or empty for no timer
 * @param clock the clock of every decision and token
 */
public record ServeSettings(Path database, TenantId tenant, int port, Path keyFile, CardTarget cards,
        Optional<Duration> rebalanceEvery, Clock clock) {

    /** Address the server binds to, and the only one it accepts. */
    public static final String HOST = "127.0.0.1";
    /** Port of the Functions host's local runs, used when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 7071;
    /** Key file name beside the database when {@code --key-file} is not given. */
    public static final String DEFAULT_KEY_FILE = "techroute-signing.pem";

    public ServeSettings {
        Objects.requireNonNull(database, "database must not be null");
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(keyFile, "keyFile must not be null");
        Objects.requireNonNull(cards, "cards must not be null");
        Objects.requireNonNull(rebalanceEvery, "rebalanceEvery must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Port (" + port + ") is not a TCP port. Pass 1 to 65535, or 0 for a free"
                    + " port.");
        }
        if (rebalanceEvery.isPresent() && (rebalanceEvery.get().isNegative() || rebalanceEvery.get().isZero())) {
            throw new IllegalArgumentException("Rebalance interval (" + rebalanceEvery.get() + ") is not positive."
                    + " Pass an ISO-8601 duration such as PT15M.");
        }
    }

    /** Returns the default key file: {@value #DEFAULT_KEY_FILE} in the database's folder. */
    public static Path defaultKeyFile(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        return folder.resolve(DEFAULT_KEY_FILE);
    }
}
