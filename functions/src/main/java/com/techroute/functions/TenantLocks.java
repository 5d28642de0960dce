package com.techroute.functions;

import com.techroute.engine.domain.TenantId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per tenant within this process, so that two invocations never decide for the same tenant at
 * once from the same workload: the second would not see the first's assignments and could overfill a
 * technician. Across processes, the tickets queue's sessions (session id = tenant id) give the same order.
 */
final class TenantLocks {

    private static final ConcurrentHashMap<TenantId, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private TenantLocks() {
    }

    /** Runs work while holding the tenant's lock. */
    static <T> T withLock(TenantId tenant, Supplier<T> work) {
        ReentrantLock lock = LOCKS.computeIfAbsent(tenant, ignored -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
