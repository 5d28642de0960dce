package com.techroute.local.serve;

import com.microsoft.azure.functions.ExecutionContext;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The execution context of one function invocation on the local host: the function's name, a fresh
 * invocation id, and a logger whose lines go to SLF4J.
 */
final class LocalExecutionContext implements ExecutionContext {

    private final String functionName;
    private final String invocationId;
    private final Logger logger;

    private LocalExecutionContext(String functionName, String invocationId, Logger logger) {
        this.functionName = Objects.requireNonNull(functionName, "functionName must not be null");
        this.invocationId = Objects.requireNonNull(invocationId, "invocationId must not be null");
        this.logger = Objects.requireNonNull(logger, "logger must not be null");
    }

    /** Returns the context of a new invocation of a function. */
    static LocalExecutionContext invocation(String functionName) {
        return new LocalExecutionContext(functionName, UUID.randomUUID().toString(),
                FunctionLoggers.forFunction(functionName));
    }

    @Override
    public Logger getLogger() {
        return logger;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }
}
