package com.techroute.adapters.cosmos;

import com.techroute.engine.port.TenantStore;
import com.techroute.engine.port.TenantStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Runs the port's contract against the local Cosmos DB test server, in a fresh database for each test. */
class CosmosTenantStoreIT extends TenantStoreContract {

    private final String database = TestServer.freshDatabaseName();

    @BeforeAll
    static void requireServer() {
        TestServer.requireReachable();
    }

    @Override
    protected TenantStore newStore() {
        return TestServer.openStore(database);
    }

    @Override
    protected TenantStore reopen(TenantStore current) {
        current.close();
        return TestServer.openStore(database);
    }

    @AfterEach
    void dropDatabase() {
        TestServer.deleteDatabase(database);
    }
}
