package com.techroute.functions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.techroute.engine.json.EngineJson;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reports whether the app settings are complete and valid, and whether the runtime has started. Names
 * settings, never their values; needs no key, so a load balancer or a person can call it.
 */
public final class Health {

    private final Supplier<Map<String, String>> environment;
    private final Supplier<String> runtimeState;

    /** Creates the function over the process environment, as the Functions host does. */
    public Health() {
        this(System::getenv, FunctionsRuntime::sharedState);
    }

    /** Creates the check over given settings and runtime state, as the local runner's {@code serve} command does. */
    public Health(Supplier<Map<String, String>> environment, Supplier<String> runtimeState) {
        this.environment = Objects.requireNonNull(environment, "environment must not be null");
        this.runtimeState = Objects.requireNonNull(runtimeState, "runtimeState must not be null");
    }

    /** Entry point of the Functions host. */
    @FunctionName("Health")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "health") HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return check().toResponse(request);
    }

    /** Returns 200 when every setting is present and valid, else 503 with one line per problem. */
    public HttpResult check() {
        List<String> problems = AppSettings.problems(environment.get());
        ObjectNode body = EngineJson.mapper().createObjectNode();
        body.put("status", problems.isEmpty() ? "ok" : "misconfigured");
        body.put("settings", problems.isEmpty() ? "valid" : "invalid");
        ArrayNode list = body.putArray("problems");
        problems.forEach(list::add);
        body.put("runtime", runtimeState.get());
        return HttpResult.json(problems.isEmpty() ? 200 : 503, body);
    }
}
