package com.techroute.local.serve;

import com.techroute.functions.AssignTicket;
import com.techroute.functions.FunctionsRuntime;
import com.techroute.functions.Health;
import com.techroute.functions.IngestTicket;
import com.techroute.functions.OverrideAssignment;
import com.techroute.functions.RebalanceWorkload;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The five function classes of the Functions app, built over a local runtime instead of the process-wide
 * one that the Functions host uses.
 *
 * @param ingest {@code POST /api/tickets}
 * @param assign the tickets queue trigger
 * @param override {@code GET} and {@code POST /api/override/{tenant}/{ticket}}
 * @param rebalance the rebalance timer
 * @param health {@code GET /api/health}
 */
record LocalFunctions(IngestTicket ingest, AssignTicket assign, OverrideAssignment override,
        RebalanceWorkload rebalance, Health health) {

    /**
     * Builds the functions.
     *
     * @param settings the app settings the health check reads, the same the runtime was built from
     * @param runtimeState the runtime's state as the health check reports it, such as {@code started}
     */
    static LocalFunctions create(FunctionsRuntime runtime, Map<String, String> settings,
            Supplier<String> runtimeState) {
        return new LocalFunctions(new IngestTicket(runtime), new AssignTicket(runtime), new OverrideAssignment(runtime),
                new RebalanceWorkload(runtime), new Health(() -> settings, runtimeState));
    }
}
