package com.techroute.local.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the local server's requests to the HTTP functions, as the Functions host routes {@code /api/...}:
 * {@code POST /api/tickets} to IngestTicket, {@code GET|POST /api/override/{tenant}/{ticket}} to
 * OverrideAssignment and {@code GET /api/health} to Health. Each call gets its own execution context.
 *
 * <p>NOTE: the local host checks no function key on {@code /api/tickets}, as Core Tools checks none
 * locally. The server listens on 127.0.0.1 only.
 */
final class FunctionRoutes {

    static final String TICKETS = "/api/tickets";
    static final String HEALTH = "/api/health";
    static final String OVERRIDE = "/api/override/";
    /** Largest request body read; IngestTicket rejects a ticket message over 64 KiB itself. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FunctionRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalFunctions functions;
    private final URI baseUrl;

    FunctionRoutes(LocalFunctions functions, URI baseUrl) {
        this.functions = Objects.requireNonNull(functions, "functions must not be null");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    }

    /** A function called with the request and its context. */
    @FunctionalInterface
    private interface Call {
        HttpResponseMessage run(HttpRequestMessage<Optional<String>> request, ExecutionContext context);
    }

    /** Handles one exchange and logs its method, path (never the query, which may carry a token) and status. */
    void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        int status = 0;
        try (exchange) {
            status = dispatch(exchange, method, path);
        } catch (IOException e) {
            LOG.debug("Failed to answer {} {}: the client went away ({})", method, path, e.toString());
        }
        LOG.info("{} {} -> {} in {} ms", method, path, status, (System.nanoTime() - started) / 1_000_000);
    }

    private int dispatch(HttpExchange exchange, String method, String path) throws IOException {
        if (path.equals(TICKETS)) {
            return call(exchange, Set.of("POST"), "IngestTicket", (request, context) ->
                    functions.ingest().run(request, context));
        }
        if (path.equals(HEALTH)) {
            return call(exchange, Set.of("GET"), "Health", (request, context) ->
                    functions.health().run(request, context));
        }
        if (path.startsWith(OVERRIDE)) {
            List<String> ids = overrideIds(path);
            if (ids.size() == 2) {
                return call(exchange, Set.of("GET", "POST"), "OverrideAssignment", (request, context) ->
                        functions.override().run(request, ids.get(0), ids.get(1), context));
            }
        }
        return error(exchange, 404, "No function at " + path + ". The routes are POST " + TICKETS + ", GET " + HEALTH
                + " and GET or POST " + OVERRIDE + "{tenant}/{ticket}?token=...");
    }

    private int call(HttpExchange exchange, Set<String> methods, String functionName, Call function)
            throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!methods.contains(method)) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", methods));
            return error(exchange, 405, "Method " + method + " is not allowed here. Use " + String.join(" or ", methods)
                    + ".");
        }
        Optional<String> body = readBody(exchange);
        if (body.isEmpty()) {
            return error(exchange, 413, "The request body is over " + MAX_BODY_BYTES + " bytes.");
        }
        URI uri = baseUrl.resolve(exchange.getRequestURI());
        LocalHttpRequest request = new LocalHttpRequest(HttpMethod.value(method), uri, exchange.getRequestHeaders(),
                body.get().isEmpty() ? null : body.get());
        LocalExecutionContext context = LocalExecutionContext.invocation(functionName);
        HttpResponseMessage response;
        try {
            response = function.run(request, context);
        } catch (RuntimeException e) {
            // The host's boundary: the Functions host returns 500 when a function throws, and so does this one.
            LOG.error("Function ({}) invocation ({}) failed", functionName, context.getInvocationId(), e);
            return error(exchange, 500, "The function failed; see the server log for invocation "
                    + context.getInvocationId() + ".");
        }
        return write(exchange, (LocalHttpResponse) response);
    }

    /** Returns the {tenant} and {ticket} of an override path, decoded, or fewer than two when it has another form. */
    static List<String> overrideIds(String rawPath) {
        String rest = rawPath.substring(OVERRIDE.length());
        String[] parts = rest.split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return List.of();
        }
        try {
            return List.of(decodePathSegment(parts[0]), decodePathSegment(parts[1]));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static String decodePathSegment(String segment) {
        // In a path, + is a plus sign; only percent escapes are decoded.
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Reads the body, or returns empty when it is over {@link #MAX_BODY_BYTES}. */
    private static Optional<String> readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static int write(HttpExchange exchange, LocalHttpResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        return send(exchange, response.getStatusCode(), response.bodyBytes());
    }

    private static int error(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", message);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        return send(exchange, status, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }
}
