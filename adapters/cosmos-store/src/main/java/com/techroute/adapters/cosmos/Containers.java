package com.techroute.adapters.cosmos;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosDatabase;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.azure.cosmos.models.PartitionKeyDefinition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store's containers in one database. */
final class Containers {

    private final String databaseName;
    private final Map<StoreContainer, CosmosContainer> byName;

    private Containers(String databaseName, Map<StoreContainer, CosmosContainer> byName) {
        this.databaseName = databaseName;
        this.byName = byName;
    }

    /**
     * Returns the containers of a database after checking that each exists with partition key
     * {@value StoreContainer#PARTITION_KEY_PATH}.
     *
     * @throws IllegalStateException listing every missing or wrongly partitioned container
     * @throws CosmosStoreException when the database or the service cannot be read
     */
    static Containers existing(CosmosDatabase database) {
        requireDatabase(database);
        List<String> problems = new ArrayList<>();
        Map<StoreContainer, CosmosContainer> handles = new EnumMap<>(StoreContainer.class);
        for (StoreContainer each : StoreContainer.values()) {
            CosmosContainer container = database.getContainer(each.containerName());
            checkPartitionKey(database.getId(), each, container).ifPresent(problems::add);
            handles.put(each, container);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.format("Database (%s) is not ready for the tenant store: %s."
                    + " Create the containers, each partitioned by %s, with the infra-bicep templates.",
                    database.getId(), String.join("; ", problems), StoreContainer.PARTITION_KEY_PATH));
        }
        return new Containers(database.getId(), handles);
    }

    /** Creates every container that is missing, partitioned by tenant, and returns them all. */
    static Containers createIfMissing(CosmosDatabase database) {
        for (StoreContainer each : StoreContainer.values()) {
            try {
                database.createContainerIfNotExists(new CosmosContainerProperties(each.containerName(),
                        StoreContainer.PARTITION_KEY_PATH));
            } catch (CosmosException e) {
                throw new CosmosStoreException(String.format("Failed to create container (%s) in database (%s):"
                        + " status %d.", each.containerName(), database.getId(), e.getStatusCode()), e.getStatusCode(), e);
            }
        }
        return existing(database);
    }

    private static void requireDatabase(CosmosDatabase database) {
        try {
            database.read();
        } catch (CosmosException e) {
            if (e.getStatusCode() == 404) {
                throw new IllegalStateException(String.format("Database (%s) is missing. Check the database name,"
                        + " or create it with the infra-bicep templates.", database.getId()), e);
            }
            throw new CosmosStoreException(String.format("Failed to read database (%s): status %d. Check the endpoint"
                    + " and that the identity may read the account's metadata.", database.getId(), e.getStatusCode()),
                    e.getStatusCode(), e);
        }
    }

    CosmosContainer get(StoreContainer container) {
        return byName.get(container);
    }

    String databaseName() {
        return databaseName;
    }

    private static Optional<String> checkPartitionKey(String databaseName, StoreContainer each,
            CosmosContainer container) {
        try {
            PartitionKeyDefinition key = container.read().getProperties().getPartitionKeyDefinition();
            List<String> paths = key == null ? List.of() : key.getPaths();
            if (!paths.equals(List.of(StoreContainer.PARTITION_KEY_PATH))) {
                return Optional.of("container (" + each.containerName() + ") has partition key " + paths);
            }
            return Optional.empty();
        } catch (CosmosException e) {
            if (e.getStatusCode() == 404) {
                return Optional.of("container (" + each.containerName() + ") is missing");
            }
            throw new CosmosStoreException(String.format("Failed to read container (%s) of database (%s): status %d."
                    + " Check the endpoint and that the identity may read the account's metadata.",
                    each.containerName(), databaseName, e.getStatusCode()), e.getStatusCode(), e);
        }
    }
}
