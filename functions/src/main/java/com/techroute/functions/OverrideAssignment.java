package com.techroute.functions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.json.EngineJson;
import com.techroute.functions.OverrideCandidates.CandidateView;
import com.techroute.functions.OverrideTokens.Accepted;
import com.techroute.functions.OverrideTokens.Check;
import com.techroute.functions.OverrideTokens.Claims;
import com.techroute.functions.OverrideTokens.Rejected;
import com.techroute.functions.Reassignments.Moved;
import com.techroute.functions.Reassignments.Outcome;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The override link of a Teams card: GET shows the ticket, its candidates with scores and a form, and
 * changes nothing, so link previews are harmless; POST moves the ticket to the chosen technician.
 *
 * <p>The link's signed token is the credential, and it works once. The dispatcher's name comes from App
 * Service authentication ({@value #PRINCIPAL_HEADER}) when it is on, and then a dispatcher who is not
 * signed in is sent to the Entra ID sign-in first. Without it (the local runner), a form field gives the
 * name. The function itself needs no key, because a key cannot sit in a Teams link.
 */
public final class OverrideAssignment {

    /** Header in which App Service authentication passes the signed-in user's name. */
    public static final String PRINCIPAL_HEADER = "X-MS-CLIENT-PRINCIPAL-NAME";

    private final Supplier<FunctionsRuntime> runtime;

    /** Creates the function with the process-wide runtime, as the Functions host does. */
    public OverrideAssignment() {
        this(FunctionsRuntime::shared);
    }

    /** Creates the function over a given runtime, as the local runner's {@code serve} command and tests do. */
    public OverrideAssignment(FunctionsRuntime runtime) {
        this(() -> runtime);
    }

    private OverrideAssignment(Supplier<FunctionsRuntime> runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime must not be null");
    }

    /** Entry point of the Functions host. */
    @FunctionName("OverrideAssignment")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = {HttpMethod.GET, HttpMethod.POST},
                    authLevel = AuthorizationLevel.ANONYMOUS, route = "override/{tenantId}/{ticketId}")
            HttpRequestMessage<Optional<String>> request,
            @BindingName("tenantId") String tenantId,
            @BindingName("ticketId") String ticketId,
            ExecutionContext context) {
        String token = request.getQueryParameters().get("token");
        String principal = header(request.getHeaders(), PRINCIPAL_HEADER);
        HttpResult result = request.getHttpMethod() == HttpMethod.POST
                ? submit(tenantId, ticketId, token, request.getBody().orElse(""), principal, context)
                : page(tenantId, ticketId, token, principal, context);
        return result.toResponse(request);
    }

    /** Shows the override form. Changes nothing. */
    public HttpResult page(String tenantId, String ticketId, String token, String principal,
            ExecutionContext context) {
        try {
            Optional<OverrideRoute> route = OverrideRoute.parse(tenantId, ticketId);
            if (route.isEmpty()) {
                return HttpResult.html(404, Html.message("Not found", "This override link does not name a ticket."));
            }
            FunctionsRuntime current = runtime.get();
            if (current.settings().signInRequired() && principal == null) {
                return signIn(tenantId, ticketId, token);
            }
            Check check = current.overrideTokens().check(token, route.get().tenant(), route.get().ticket());
            if (check instanceof Rejected rejected) {
                return rejected(rejected.status(), rejected.reason());
            }
            return new OverrideView(current).form(((Accepted) check).claims(), token, principal);
        } catch (RuntimeException e) {
            return unavailable("GET", context, e);
        }
    }

    /** Moves the ticket to the technician the posted form names, when the token is valid and unused. */
    public HttpResult submit(String tenantId, String ticketId, String token, String form, String principal,
            ExecutionContext context) {
        try {
            Optional<OverrideRoute> route = OverrideRoute.parse(tenantId, ticketId);
            if (route.isEmpty()) {
                return HttpResult.html(404, Html.message("Not found", "This override link does not name a ticket."));
            }
            FunctionsRuntime current = runtime.get();
            if (current.settings().signInRequired() && principal == null) {
                return rejected(401, "Sign in first: open the link from the Teams card again.");
            }
            Check check = current.overrideTokens().check(token, route.get().tenant(), route.get().ticket());
            if (check instanceof Rejected rejected) {
                return rejected(rejected.status(), rejected.reason());
            }
            Claims claims = ((Accepted) check).claims();
            OverrideForm posted;
            try {
                posted = OverrideForm.parse(form, principal);
            } catch (IllegalArgumentException e) {
                return rejected(400, e.getMessage());
            }
            return move(current, claims, posted, context);
        } catch (RuntimeException e) {
            return unavailable("POST", context, e);
        }
    }

    private HttpResult move(FunctionsRuntime current, Claims claims, OverrideForm posted, ExecutionContext context) {
        Optional<CandidateView> chosen = new OverrideView(current).candidate(claims, posted.technician());
        if (chosen.isEmpty()) {
            return rejected(400, "Technician " + posted.technician() + " is not a technician of this tenant. Pick one"
                    + " from the list.");
        }
        ObjectNode detail = EngineJson.mapper().createObjectNode();
        detail.put("eligible", chosen.get().eligible());
        detail.put("score", chosen.get().score());
        Outcome outcome = current.reassignments().reassign(claims, posted.technician(), chosen.get().expectedStart(),
                posted.reason(), posted.actor(), detail);
        if (outcome instanceof Reassignments.Rejected rejected) {
            return rejected(rejected.status(), rejected.reason());
        }
        Moved moved = (Moved) outcome;
        FunctionLog.info(context, "OverrideAssignment invocation ({0}) moved ticket ({1}) of tenant ({2}) to ({3})",
                context.getInvocationId(), claims.ticket(), claims.tenant(), posted.technician());
        return HttpResult.html(200, OverridePages.moved(moved.from(), moved.to(), posted.actor(),
                moved.eventPublished()));
    }

    /** Sends a dispatcher who is not signed in to App Service's Entra ID sign-in, and back to this link. */
    private static HttpResult signIn(String tenantId, String ticketId, String token) {
        String back = OverrideTokens.path(TenantId.of(tenantId), TicketId.of(ticketId)) + "?token="
                + (token == null ? "" : URLEncoder.encode(token, StandardCharsets.UTF_8));
        String location = "/.auth/login/aad?post_login_redirect_uri=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        return HttpResult.html(302, Html.message("Sign in", "Sign in to continue.")).withHeader("Location", location);
    }

    private static HttpResult rejected(int status, String reason) {
        String title = switch (status) {
            case 400 -> "Cannot reassign";
            case 404 -> "Not found";
            case 409 -> "Ticket changed";
            case 401 -> "Sign in first";
            case 410 -> "Link no longer valid";
            default -> "Not allowed";
        };
        return HttpResult.html(status, Html.message(title, reason));
    }

    private static HttpResult unavailable(String method, ExecutionContext context, RuntimeException e) {
        // The function boundary: the store or the signing key failed, so nothing changed and a retry may work.
        FunctionLog.error(context, "OverrideAssignment invocation (" + context.getInvocationId() + ") failed on "
                + method, e);
        return HttpResult.html(503, Html.message("Temporarily unavailable",
                "The override service could not reach its store or key. Nothing was changed. Try again in a minute."))
                .withHeader("Retry-After", "60");
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null && !entry.getValue().isBlank()) {
                return entry.getValue();
            }
        }
        return null;
    }
}
