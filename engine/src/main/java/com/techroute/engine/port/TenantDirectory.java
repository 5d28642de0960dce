package com.techroute.engine.port;

import com.techroute.engine.domain.TenantId;
import java.util.List;

/**
 * The list of tenants a deployment serves, for work that runs for every tenant, such as the periodic
 * rebalance. The only read that spans tenants; it returns ids, never tenant data.
 */
public interface TenantDirectory {

    /**
     * Returns the ids of every tenant with saved settings, in id order.
     *
     * @throws RuntimeException of the implementation when the store cannot be read
     */
    List<TenantId> tenantIds();
}
