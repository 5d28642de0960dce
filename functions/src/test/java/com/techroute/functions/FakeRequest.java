package com.techroute.functions;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A request as the Functions host passes it, with a response builder that keeps what it is given. */
final class FakeRequest implements HttpRequestMessage<Optional<String>> {

    private final HttpMethod method;
    private final String body;
    private final Map<String, String> query;
    private final Map<String, String> headers;

    FakeRequest(HttpMethod method, String body, Map<String, String> query, Map<String, String> headers) {
        this.method = method;
        this.body = body;
        this.query = query;
        this.headers = headers;
    }

    @Override
    public URI getUri() {
        return URI.create("http://127.0.0.1:7071/api/test");
    }

    @Override
    public HttpMethod getHttpMethod() {
        return method;
    }

    @Override
    public Map<String, String> getHeaders() {
        return headers;
    }

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
        return new Builder(status);
    }

    @Override
    public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
        return new Builder(status);
    }

    private static final class Builder implements HttpResponseMessage.Builder {
        private HttpStatusType status;
        private final Map<String, String> headers = new HashMap<>();
        private Object body;

        Builder(HttpStatusType status) {
            this.status = status;
        }

        @Override
        public HttpResponseMessage.Builder status(HttpStatusType newStatus) {
            status = newStatus;
            return this;
        }

        @Override
        public HttpResponseMessage.Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        @Override
        public HttpResponseMessage.Builder body(Object newBody) {
            body = newBody;
            return this;
        }

        @Override
        public HttpResponseMessage build() {
            HttpStatusType finalStatus = status;
            Map<String, String> finalHeaders = Map.copyOf(headers);
            Object finalBody = body;
            return new HttpResponseMessage() {
                @Override
                public HttpStatusType getStatus() {
                    return finalStatus;
                }

                @Override
                public String getHeader(String name) {
                    return finalHeaders.get(name);
                }

                @Override
                public Object getBody() {
                    return finalBody;
                }
            };
        }
    }
}
