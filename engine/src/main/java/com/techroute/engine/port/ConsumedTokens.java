package com.techroute.engine.port;

import com.techroute.engine.domain.TenantId;
import java.time.Instant;

/**
 * Register of single-use tokens, such as the ids of signed override links, so that a link works once.
 *
 * <p>Each tenant has its own register. An implementation may forget a token once its expiry has passed,
 * because the caller rejects an expired token before it consumes it.
 */
public interface ConsumedTokens {

    /**
     * Marks a token as used, atomically: of several concurrent calls with the same token, exactly one
     * returns true.
     *
     * @param tenant tenant the token belongs to
     * @param tokenId the token's unique id, 1 to 128 characters
     * @param expiresAt when the token expires; the entry need not be kept after this
     * @return true when this call used the token, false when it had been used before
     * @throws RuntimeException of the implementation when the register cannot be read or written; the
     *     token then counts as unused
     */
    boolean consume(TenantId tenant, String tokenId, Instant expiresAt);
}
