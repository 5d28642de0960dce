package com.techroute.adapters.sqlite;

import com.techroute.engine.port.TenantStore;
import com.techroute.engine.port.TenantStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs the port's contract against a store file in a fresh folder for each test. */
class SqliteTenantStoreTest extends TenantStoreContract {

    @TempDir
    Path folder;

    @Override
    protected TenantStore newStore() {
        return SqliteTenantStore.open(folder.resolve("store.db"));
    }

    @Override
    protected TenantStore reopen(TenantStore current) {
        current.close();
        return SqliteTenantStore.open(folder.resolve("store.db"));
    }
}
