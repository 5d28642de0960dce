package com.techroute.adapters.cosmos;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosItemResponse;
import com.azure.cosmos.models.CosmosPatchOperations;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.domain.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Cosmos DB requests the store makes. Each names the tenant's partition key, so no request can reach
 * another tenant's items. Only requests that the local test server supports are used: point read, read of
 * a whole partition, create, upsert, replace with If-Match, patch and delete.
 */
final class Items {

    private final Containers containers;
    private final MissingItemDetection missingItems;

    Items(Containers containers, MissingItemDetection missingItems) {
        this.containers = containers;
        this.missingItems = missingItems;
    }

    /** Reads one item with its ETag, or returns empty when the tenant has no item of that id. */
    Optional<VersionedItem> read(StoreContainer where, TenantId tenant, String itemId) {
        try {
            CosmosItemResponse<ObjectNode> response = container(where).readItem(itemId, partition(tenant),
                    ObjectNode.class);
            return Optional.of(new VersionedItem(response.getItem(), response.getETag()));
        } catch (CosmosException e) {
            if (missingItems.isMissing(e.getStatusCode(), e.getSubStatusCode(), e.getMessage())) {
                return Optional.empty();
            }
            throw failure("read", where, tenant, itemId, e);
        }
    }

    /** Reads every item of the tenant's partition, in no particular order. */
    List<ObjectNode> readAll(StoreContainer where, TenantId tenant) {
        try {
            List<ObjectNode> documents = new ArrayList<>();
            container(where).readAllItems(partition(tenant), ObjectNode.class).forEach(documents::add);
            return documents;
        } catch (CosmosException e) {
            throw failure("read the partition", where, tenant, null, e);
        }
    }

    /** Creates the item and returns true, or returns false when an item of that id already exists. */
    boolean createIfAbsent(StoreContainer where, TenantId tenant, ObjectNode document) {
        try {
            container(where).createItem(document, partition(tenant), new CosmosItemRequestOptions());
            return true;
        } catch (CosmosException e) {
            if (e.getStatusCode() == 409) {
                return false;
            }
            throw failure("create", where, tenant, itemId(document), e);
        }
    }

    /** Creates or replaces the item. */
    void upsert(StoreContainer where, TenantId tenant, ObjectNode document) {
        try {
            container(where).upsertItem(document, partition(tenant), new CosmosItemRequestOptions());
        } catch (CosmosException e) {
            throw failure("upsert", where, tenant, itemId(document), e);
        }
    }

    /**
     * Replaces the item only if its ETag is still {@code etag}. Returns false when another writer changed
     * or deleted it since it was read (412 Precondition Failed, or 404).
     */
    boolean replaceIfMatch(StoreContainer where, TenantId tenant, ObjectNode document, String etag) {
        try {
            container(where).replaceItem(document, itemId(document), partition(tenant),
                    new CosmosItemRequestOptions().setIfMatchETag(etag));
            return true;
        } catch (CosmosException e) {
            if (e.getStatusCode() == 412 || e.getStatusCode() == 404) {
                return false;
            }
            throw failure("replace", where, tenant, itemId(document), e);
        }
    }

    /** Applies patch operations to an existing item. */
    void patch(StoreContainer where, TenantId tenant, String itemId, CosmosPatchOperations operations) {
        try {
            container(where).patchItem(itemId, partition(tenant), operations, ObjectNode.class);
        } catch (CosmosException e) {
            throw failure("patch", where, tenant, itemId, e);
        }
    }

    /** Deletes the item and returns true, or returns false when there was no item of that id. */
    boolean deleteIfPresent(StoreContainer where, TenantId tenant, String itemId) {
        try {
            container(where).deleteItem(itemId, partition(tenant), new CosmosItemRequestOptions());
            return true;
        } catch (CosmosException e) {
            if (e.getStatusCode() == 404 && e.getSubStatusCode() == 0) {
                return false;
            }
            throw failure("delete", where, tenant, itemId, e);
        }
    }

    private CosmosContainer container(StoreContainer where) {
        return containers.get(where);
    }

    private static PartitionKey partition(TenantId tenant) {
        return new PartitionKey(tenant.value());
    }

    private static String itemId(ObjectNode document) {
        return document.path(Documents.ID).asText();
    }

    /** Wraps a failed request; {@code itemId} is null for a read of the whole partition. */
    private CosmosStoreException failure(String request, StoreContainer where, TenantId tenant, String itemId,
            CosmosException e) {
        String target = itemId == null ? "" : " item (" + itemId + ")";
        return new CosmosStoreException(String.format(
                "Failed to %s%s in container (%s) of database (%s) for tenant (%s): status %d, sub-status %d.%s",
                request, target, where.containerName(), containers.databaseName(), tenant, e.getStatusCode(),
                e.getSubStatusCode(), hint(e.getStatusCode())), e.getStatusCode(), e);
    }

    private static String hint(int statusCode) {
        return switch (statusCode) {
            case 401, 403 -> " Grant the app's identity the Cosmos DB Built-in Data Contributor role on the account.";
            case 404 -> " Check that the database and its containers exist.";
            case 413 -> " The item exceeds the 2 MB item size limit.";
            case 429 -> " The account is throttled beyond the SDK's retries. Raise its throughput or retry later.";
            default -> "";
        };
    }
}
