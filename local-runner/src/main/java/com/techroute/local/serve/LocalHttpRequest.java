package com.techroute.local.serve;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request of the local HTTP server in the form the function classes take: method, URI, headers, query
 * parameters and the body as text.
 *
 * <p>Headers that App Service authentication sets ({@code X-MS-CLIENT-PRINCIPAL*}) are dropped, as App
 * Service drops them from clients. The local host has no sign-in, so the override form's name field names
 * the dispatcher.
 */
final class LocalHttpRequest implements HttpRequestMessage<Optional<String>> {

    private static final String PRINCIPAL_HEADER_PREFIX = "x-ms-client-principal";

    private final HttpMethod method;
    private final URI uri;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final String body;

    /**
     * Creates a request.
     *
     * @param uri the absolute URI with its raw query
     * @param headers each header's values, as the server received them
     * @param body the body decoded as UTF-8, or null when there is none
     */
    LocalHttpRequest(HttpMethod method, URI uri, Map<String, List<String>> headers, String body) {
        this.method = Objects.requireNonNull(method, "method must not be null");
        this.uri = Objects.requireNonNull(uri, "uri must not be null");
        this.headers = Collections.unmodifiableMap(firstValues(headers));
        this.query = Collections.unmodifiableMap(queryParameters(uri.getRawQuery()));
        this.body = body;
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public HttpMethod getHttpMethod() {
        return method;
    }

    /** Returns the headers, looked up without regard to case, each with its first value. */
    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

    /** Returns the decoded query parameters, each with its first value. */
    @Override
    public Map<String, String> getQueryParameters() {
        return query;
    }

    @Override
    public Optional<String> getBody() {
        return Optional.ofNullable(body);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
        return new LocalHttpResponse.Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new LocalHttpResponse.Builder(status);
    }

    private static Map<String, String> firstValues(Map<String, List<String>> headers) {
        Map<String, String> first = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && !values.isEmpty()
                    && !name.toLowerCase(Locale.ROOT).startsWith(PRINCIPAL_HEADER_PREFIX)) {
                first.putIfAbsent(name, values.get(0));
            }
        });
        return first;
    }

    /** Parses {@code a=1&b=2}, decoding {@code +} and percent escapes; the first value of a repeated name wins. */
    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape: keep the text as sent, so the function rejects the value with its own message.
            return text;
        }
    }
}
