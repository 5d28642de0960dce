package com.techroute.adapters.cosmos;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.port.ConsumedTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ConsumedTokens} in a Cosmos DB container partitioned by {@code /tenantId}: consuming creates an
 * item whose id is the token id, so a second create of the same id fails with 409 Conflict and exactly one
 * caller wins. Each item carries a {@code ttl} that outlives the token's expiry by an hour, so Cosmos DB
 * deletes it when the container has time to live switched on (default TTL -1, "on, no default").
 * Thread-safe.
 */
public final class CosmosConsumedTokens implements ConsumedTokens {

    /** Name of the container this register expects. */
    public static final String CONTAINER_NAME = "overrideTokens";

    private static final Logger LOG = LoggerFactory.getLogger(CosmosConsumedTokens.class);
    private static final Duration KEEP_AFTER_EXPIRY = Duration.ofHours(1);
    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CosmosContainer container;
    private final Clock clock;

    /** Creates a register over a container partitioned by {@code /tenantId}. */
    public CosmosConsumedTokens(CosmosContainer container, Clock clock) {
        this.container = Objects.requireNonNull(container, "container must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the token id is not 1 to 128 letters, digits, {@code -} or {@code _}
     * @throws CosmosStoreException when the container cannot be written
     */
    @Override
    public boolean consume(TenantId tenant, String tokenId, Instant expiresAt) {
        Objects.requireNonNull(tenant, "tenant must not be null");
        Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        if (tokenId == null || !TOKEN_ID.matcher(tokenId).matches()) {
            throw new IllegalArgumentException("Invalid token id. Use 1 to 128 letters, digits, - or _.");
        }
        ObjectNode item = JSON.createObjectNode();
        item.put("id", tokenId);
        item.put("tenantId", tenant.value());
        item.put("expiresAt", expiresAt.toString());
        item.put("ttl", timeToLive(expiresAt));
        try {
            container.createItem(item, new PartitionKey(tenant.value()), new CosmosItemRequestOptions());
            LOG.debug("Token ({}) of tenant ({}) consumed", tokenId, tenant);
            return true;
        } catch (CosmosException e) {
            if (e.getStatusCode() == 409) {
                LOG.debug("Token ({}) of tenant ({}) was already used", tokenId, tenant);
                return false;
            }
            throw new CosmosStoreException(String.format("Failed to record token (%s) of tenant (%s) in container"
                    + " (%s): status %d. Check that the container exists and the identity may write to it.",
                    tokenId, tenant, container.getId(), e.getStatusCode()), e.getStatusCode(), e);
        }
    }

    private long timeToLive(Instant expiresAt) {
        long seconds = Duration.between(clock.instant(), expiresAt.plus(KEEP_AFTER_EXPIRY)).toSeconds();
        return Math.max(seconds, KEEP_AFTER_EXPIRY.toSeconds());
    }
}
