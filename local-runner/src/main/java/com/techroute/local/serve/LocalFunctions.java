package com.techroute.local.serve;

import com.techroute.functions.AssignTicket;
import com.techroute.functions.FunctionsRuntime;
import com.techroute.functions.Health;
import com.techroute.functions.IngestTicket;
import com.techroute.functions.OverrideAssignment;
import com.techroute.functions.RebalanceWorkload;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The five function classes of the Functions app, built over a local runtime instead of the process-wide
 * one that the Functions host uses.
 *
 * <p>NOTE: the function classes accept a runtime only through package-private constructors, because their
 * public ones call {@code FunctionsRuntime.shared()}, which builds the Azure clients from the environment.
 * So this class opens those constructors by reflection. Public constructors in the functions module would
 * replace it with plain {@code new} calls.
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
     * @throws IllegalStateException when a function class lacks the expected constructor
     */
    static LocalFunctions create(FunctionsRuntime runtime, Map<String, String> settings,
            Supplier<String> runtimeState) {
        Supplier<Map<String, String>> environment = () -> settings;
        return new LocalFunctions(
                construct(IngestTicket.class, new Class<?>[] {FunctionsRuntime.class}, runtime),
                construct(AssignTicket.class, new Class<?>[] {FunctionsRuntime.class}, runtime),
                construct(OverrideAssignment.class, new Class<?>[] {FunctionsRuntime.class}, runtime),
                construct(RebalanceWorkload.class, new Class<?>[] {FunctionsRuntime.class}, runtime),
                construct(Health.class, new Class<?>[] {Supplier.class, Supplier.class}, environment, runtimeState));
    }

    private static <T> T construct(Class<T> type, Class<?>[] parameters, Object... arguments) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Function class (" + type.getName() + ") has no constructor that takes a"
                    + " runtime, so the local host cannot build it. Rebuild the local runner with the functions"
                    + " module of the same version.", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Function class (" + type.getName() + ") failed to start: "
                    + e.getCause().getMessage(), e.getCause());
        }
    }
}
