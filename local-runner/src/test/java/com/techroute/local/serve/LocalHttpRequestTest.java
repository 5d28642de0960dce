package com.techroute.local.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request and response adapters between the JDK HTTP server and the function classes. */
class LocalHttpRequestTest {

    @Test
    void queryParametersAreDecoded() {
        LocalHttpRequest request = request("http://127.0.0.1:7071/api/override/demo/T-1?token=a.b-c_d&x=a%20b+c");

        assertThat(request.getQueryParameters()).containsEntry("token", "a.b-c_d").containsEntry("x", "a b c");
    }

    @Test
    void firstOfRepeatedQueryParameterWins() {
        LocalHttpRequest request = request("http://127.0.0.1:7071/api/x?token=first&token=second");

        assertThat(request.getQueryParameters()).containsEntry("token", "first");
    }

    @Test
    void headersIgnoreCase() {
        LocalHttpRequest request = new LocalHttpRequest(HttpMethod.GET, URI.create("http://127.0.0.1:7071/api/x"),
                Map.of("Content-type", List.of("text/plain")), null);

        assertThat(request.getHeaders().get("content-type")).isEqualTo("text/plain");
    }

    @Test
    void principalHeadersAreDropped() {
        LocalHttpRequest request = new LocalHttpRequest(HttpMethod.POST, URI.create("http://127.0.0.1:7071/api/x"),
                Map.of("X-MS-CLIENT-PRINCIPAL-NAME", List.of("mallory"), "x-ms-client-principal-id", List.of("1")),
                "name=Dana");

        assertThat(request.getHeaders()).isEmpty();
    }

    @Test
    void missingBodyIsEmpty() {
        assertThat(request("http://127.0.0.1:7071/api/health").getBody()).isEmpty();
    }

    @Test
    void responseKeepsStatusHeadersAndBody() {
        HttpResponseMessage response = request("http://127.0.0.1:7071/api/x")
                .createResponseBuilder(HttpStatusType.custom(410))
                .header("Content-Type", "text/html")
                .body("gone")
                .build();

        assertThat(response.getStatusCode()).isEqualTo(410);
        assertThat(response.getHeader("content-type")).isEqualTo("text/html");
        assertThat(((LocalHttpResponse) response).bodyBytes()).asString().isEqualTo("gone");
    }

    @Test
    void overridePathGivesTenantAndTicket() {
        assertThat(FunctionRoutes.overrideIds("/api/override/demo/DEMO%201001")).containsExactly("demo", "DEMO 1001");
    }

    @Test
    void overridePathWithExtraSegmentIsRejected() {
        assertThat(FunctionRoutes.overrideIds("/api/override/demo/T-1/extra")).isEmpty();
    }

    @Test
    void overridePathWithoutTicketIsRejected() {
        assertThat(FunctionRoutes.overrideIds("/api/override/demo/")).isEmpty();
    }

    private static LocalHttpRequest request(String uri) {
        return new LocalHttpRequest(HttpMethod.GET, URI.create(uri), Map.of(), null);
    }
}
