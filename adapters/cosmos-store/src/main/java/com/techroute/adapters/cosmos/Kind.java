package com.techroute.adapters.cosmos;

/**
 * Kind of document: its container, the value of its {@code type} field, and the prefix of its item id.
 *
 * <p>Only the tickets container contains two kinds. A ticket's item id is its encoded ticket id, and the
 * ticket's current-assignment document adds the prefix {@code current-assignment|}. Ticket ids cannot
 * contain {@code |} (see {@code TicketId}), so the two never share an item id.
 */
enum Kind {
    TENANT(StoreContainer.TENANTS, "tenant", ""),
    TECHNICIAN(StoreContainer.TECHNICIANS, "technician", ""),
    CLIENT(StoreContainer.CLIENTS, "client", ""),
    TICKET(StoreContainer.TICKETS, "ticket", ""),
    CURRENT_ASSIGNMENT(StoreContainer.TICKETS, "current-assignment", "current-assignment|"),
    ASSIGNMENT(StoreContainer.ASSIGNMENTS, "assignment", ""),
    UNASSIGNED(StoreContainer.UNASSIGNED, "unassigned", ""),
    AUDIT(StoreContainer.AUDIT, "audit", "");

    private final StoreContainer container;
    private final String typeName;
    private final String idPrefix;

    Kind(StoreContainer container, String typeName, String idPrefix) {
        this.container = container;
        this.typeName = typeName;
        this.idPrefix = idPrefix;
    }

    StoreContainer container() {
        return container;
    }

    /** Returns the value of the document's {@code type} field. */
    String typeName() {
        return typeName;
    }

    /** Returns the item id of the document that stores the record with this id. */
    String itemId(String recordId) {
        return idPrefix + DocumentIds.of(recordId);
    }
}
