package com.techroute.engine.domain;

import java.util.Objects;

/**
 * A client company of the MSP.
 *
 * @param id identifier within the tenant
 * @param name display name
 * @param tier name of the client's tier, one of the tenant's tiers
 */
public record Client(ClientId id, String name, String tier) {

    public Client {
        Objects.requireNonNull(id, "client id must not be null");
        name = name == null || name.isBlank() ? id.value() : name.strip();
        Objects.requireNonNull(tier, () -> "Client (" + id + ") has no tier. Set one of the tenant's tiers.");
    }
}
