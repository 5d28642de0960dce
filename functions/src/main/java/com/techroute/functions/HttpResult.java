package com.techroute.functions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP response of a function's own logic, independent of the Functions host, so the same methods can
 * be served by another HTTP server.
 *
 * @param status HTTP status code
 * @param contentType media type of the body
 * @param body response body
 * @param headers further headers
 */
public record HttpResult(int status, String contentType, String body, Map<String, String> headers) {

    private static final Map<String, String> HTML_HEADERS = Map.of(
            // The page loads nothing, posts only to itself and sends no Referer, which would carry the token.
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
                    + " frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store");

    public HttpResult {
        Objects.requireNonNull(contentType, "contentType must not be null");
        body = body == null ? "" : body;
        headers = Map.copyOf(headers);
    }

    /** Returns a JSON response. */
    public static HttpResult json(int status, ObjectNode body) {
        return new HttpResult(status, "application/json; charset=utf-8", body.toString(), Map.of());
    }

    /** Returns an HTML page with headers that keep the page's token out of referrers and caches. */
    public static HttpResult html(int status, String page) {
        return new HttpResult(status, "text/html; charset=utf-8", page, HTML_HEADERS);
    }

    /** Returns a copy with one more header. */
    public HttpResult withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpResult(status, contentType, body, more);
    }

    /** Converts this result into the Functions host's response for a request. */
    HttpResponseMessage toResponse(HttpRequestMessage<Optional<String>> request) {
        HttpResponseMessage.Builder builder = request.createResponseBuilder(HttpStatusType.custom(status))
                .header("Content-Type", contentType)
                .body(body);
        headers.forEach(builder::header);
        return builder.build();
    }
}
