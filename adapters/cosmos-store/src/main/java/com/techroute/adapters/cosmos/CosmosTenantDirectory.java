package com.techroute.adapters.cosmos;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.port.TenantDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link TenantDirectory} over the {@code tenants} container: one cross-partition query for the distinct
 * {@code tenantId} values. Thread-safe.
 *
 * <p>NOTE: the local Cosmos DB test server supports no SQL query, so this query runs only against Azure.
 */
public final class CosmosTenantDirectory implements TenantDirectory {

    /** Name of the container whose partition keys are the tenant ids. */
    public static final String CONTAINER_NAME = "tenants";

    private static final String QUERY = "SELECT DISTINCT VALUE c.tenantId FROM c";

    private final CosmosContainer tenants;

    /** Creates a directory over the {@code tenants} container. */
    public CosmosTenantDirectory(CosmosContainer tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants container must not be null");
    }

    /**
     * {@inheritDoc}
     *
     * @throws CosmosStoreException when the container cannot be queried
     */
    @Override
    public List<TenantId> tenantIds() {
        List<TenantId> ids = new ArrayList<>();
        try {
            tenants.queryItems(QUERY, new CosmosQueryRequestOptions(), String.class)
                    .forEach(id -> ids.add(TenantId.of(id)));
        } catch (CosmosException e) {
            throw new CosmosStoreException(String.format("Failed to list the tenants in container (%s): status %d."
                    + " Check that the identity may query the container.", tenants.getId(), e.getStatusCode()),
                    e.getStatusCode(), e);
        }
        ids.sort(null);
        return ids;
    }
}
