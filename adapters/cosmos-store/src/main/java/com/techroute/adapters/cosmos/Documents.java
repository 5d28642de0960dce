package com.techroute.adapters.cosmos;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.json.EngineJson;

/**
 * The document form of a record: {@code id} (the item id), {@code tenantId} (the partition key),
 * {@code type} (the {@link Kind}) and {@code record}, the record as {@link EngineJson} writes it.
 */
final class Documents {

    static final String ID = "id";
    static final String TENANT_ID = "tenantId";
    static final String TYPE = "type";
    static final String RECORD = "record";

    private Documents() {
    }

    /** Returns a new document holding the record, whose own id is {@code recordId}. */
    static ObjectNode of(Kind kind, TenantId tenant, String recordId, Object record) {
        ObjectNode document = EngineJson.mapper().createObjectNode();
        document.put(ID, kind.itemId(recordId));
        document.put(TENANT_ID, tenant.value());
        document.put(TYPE, kind.typeName());
        document.set(RECORD, EngineJson.mapper().valueToTree(record));
        return document;
    }

    /**
     * Reads the record from a document that was read from the tenant's partition.
     *
     * @throws IllegalStateException naming the container, tenant and item when the document belongs to
     *     another tenant, is of another kind, or its record does not parse
     */
    static <T> T record(Kind kind, TenantId tenant, JsonNode document, Class<T> type) {
        return parse(kind, tenant, document, document.get(RECORD), type);
    }

    /** Reads a field other than {@code record} of a document, as {@link #record} does. */
    static <T> T field(Kind kind, TenantId tenant, JsonNode document, String field, Class<T> type) {
        return parse(kind, tenant, document, document.get(field), type);
    }

    private static <T> T parse(Kind kind, TenantId tenant, JsonNode document, JsonNode value, Class<T> type) {
        String itemId = document.path(ID).asText();
        String storedTenant = document.path(TENANT_ID).asText();
        if (!tenant.value().equals(storedTenant)) {
            throw invalid(kind, tenant, itemId, "belongs to tenant (" + storedTenant + ")", null);
        }
        if (!kind.typeName().equals(document.path(TYPE).asText())) {
            throw invalid(kind, tenant, itemId, "has type (" + document.path(TYPE).asText() + "), expected ("
                    + kind.typeName() + ")", null);
        }
        if (value == null || value.isNull()) {
            throw invalid(kind, tenant, itemId, "lacks its " + type.getSimpleName() + " JSON", null);
        }
        try {
            return EngineJson.mapper().treeToValue(value, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid(kind, tenant, itemId, "contains invalid " + type.getSimpleName() + " JSON: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException invalid(Kind kind, TenantId tenant, String itemId, String problem,
            Exception cause) {
        return new IllegalStateException(String.format(
                "Item (%s) in container (%s) of tenant (%s) %s. Rewrite the item with this store or remove it.",
                itemId, kind.container().containerName(), tenant, problem), cause);
    }
}
