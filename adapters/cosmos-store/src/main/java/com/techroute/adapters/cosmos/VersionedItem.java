package com.techroute.adapters.cosmos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A document as read, with the ETag that an If-Match write must name.
 *
 * @param document the document, including the service's system fields
 * @param etag the item's ETag at the time of the read
 */
record VersionedItem(ObjectNode document, String etag) {

    VersionedItem {
        Objects.requireNonNull(document, "document must not be null");
        Objects.requireNonNull(etag, "etag must not be null");
    }
}
