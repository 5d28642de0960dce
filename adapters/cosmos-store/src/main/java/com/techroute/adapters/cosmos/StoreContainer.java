package com.techroute.adapters.cosmos;

/** The store's Cosmos DB containers. Each is partitioned by {@value #PARTITION_KEY_PATH}. */
enum StoreContainer {
    TENANTS("tenants"),
    TECHNICIANS("technicians"),
    CLIENTS("clients"),
    TICKETS("tickets"),
    ASSIGNMENTS("assignments"),
    UNASSIGNED("unassigned"),
    AUDIT("audit");

    /** Partition key path of every container: one logical partition per tenant. */
    static final String PARTITION_KEY_PATH = "/tenantId";

    private final String containerName;

    StoreContainer(String containerName) {
        this.containerName = containerName;
    }

    /** Returns the container's name in the database. */
    String containerName() {
        return containerName;
    }
}
