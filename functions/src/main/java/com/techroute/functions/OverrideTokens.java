package com.techroute.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.json.EngineJson;
import com.techroute.engine.port.Signer;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Signed, expiring override links. A token is {@code base64url(payload) "." base64url(signature)}: the
 * payload is JSON with the tenant, the ticket, the assignment the link was made for, the expiry (epoch
 * seconds) and a random token id; the signature is the {@link Signer}'s ES256 signature of the first
 * part's ASCII bytes. Single use is enforced by the caller with the token id.
 */
public final class OverrideTokens {

    /** Maximum token length accepted; longer text is rejected before any decoding. */
    static final int MAX_TOKEN_CHARS = 2_048;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Signer signer;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OverrideTokens(Signer signer, Duration ttl, Clock clock) {
        this.signer = Objects.requireNonNull(signer, "signer must not be null");
        this.ttl = Objects.requireNonNull(ttl, "ttl must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Claims of a valid token.
     *
     * @param tenant tenant of the ticket
     * @param ticket the ticket
     * @param assignmentId the assignment the link was made for; the override applies only while it is current
     * @param expiresAt when the link stops working
     * @param tokenId random id that makes the link single-use
     */
    public record Claims(TenantId tenant, TicketId ticket, String assignmentId, Instant expiresAt, String tokenId) {
    }

    /** Outcome of checking a token. */
    public sealed interface Check permits Accepted, Rejected {
    }

    /** A token whose signature, route and expiry are valid. */
    public record Accepted(Claims claims) implements Check {
    }

    /**
     * A token that grants nothing.
     *
     * @param status HTTP status to respond with: 403 for a forged or misrouted token, 410 for an expired one
     * @param reason what is wrong, for the dispatcher
     */
    public record Rejected(int status, String reason) implements Check {
    }

    /**
     * Issues a token for the current assignment of a ticket.
     *
     * @throws Signer.SigningException when the key cannot be used
     */
    public String issue(TenantId tenant, TicketId ticket, String assignmentId) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        ObjectNode payload = EngineJson.mapper().createObjectNode();
        payload.put("v", 1);
        payload.put("tenant", tenant.value());
        payload.put("ticket", ticket.value());
        payload.put("assignment", assignmentId);
        payload.put("exp", clock.instant().plus(ttl).getEpochSecond());
        payload.put("jti", ENCODER.encodeToString(id));
        String body = ENCODER.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        byte[] signature = signer.sign(body.getBytes(StandardCharsets.US_ASCII));
        return body + "." + ENCODER.encodeToString(signature);
    }

    /** Returns the override link for a token: the base URL, the function's route and the token. */
    public static URI link(URI baseUrl, TenantId tenant, TicketId ticket, String token) {
        return URI.create(baseUrl.toString().replaceAll("/+$", "") + path(tenant, ticket) + "?token=" + token);
    }

    /** Returns the override route of a ticket, {@code /api/override/<tenant>/<ticket>}, percent-encoded. */
    static String path(TenantId tenant, TicketId ticket) {
        try {
            return new URI(null, null, "/api/override/" + tenant.value() + "/" + ticket.value(), null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Tenant (" + tenant + ") or ticket (" + ticket + ") cannot form a URL"
                    + " path", e);
        }
    }

    /**
     * Checks a token against the route it arrived on. Changes nothing.
     *
     * @throws Signer.SigningException when the key cannot be used, which is a transient failure
     */
    public Check check(String token, TenantId tenant, TicketId ticket) {
        if (token == null || token.length() > MAX_TOKEN_CHARS || !SHAPE.matcher(token).matches()) {
            return forged();
        }
        int dot = token.indexOf('.');
        String body = token.substring(0, dot);
        byte[] signature;
        byte[] payloadBytes;
        try {
            signature = DECODER.decode(token.substring(dot + 1));
            payloadBytes = DECODER.decode(body);
        } catch (IllegalArgumentException e) {
            return forged();
        }
        if (!signer.verify(body.getBytes(StandardCharsets.US_ASCII), signature)) {
            return forged();
        }
        Claims claims = claims(payloadBytes);
        if (claims == null) {
            return forged();
        }
        if (!claims.tenant().equals(tenant) || !claims.ticket().equals(ticket)) {
            return new Rejected(403, "This link is for another ticket. Open the link from the ticket's own card.");
        }
        if (!clock.instant().isBefore(claims.expiresAt())) {
            return new Rejected(410, "This link expired at " + claims.expiresAt() + ". Reassign the ticket in the PSA,"
                    + " or wait for the next card.");
        }
        return new Accepted(claims);
    }

    private static Rejected forged() {
        return new Rejected(403, "This link is not valid. Open the override link from the Teams card again.");
    }

    private static Claims claims(byte[] payloadBytes) {
        try {
            JsonNode payload = EngineJson.mapper().readTree(payloadBytes);
            if (payload.path("v").asInt() != 1 || !payload.path("exp").canConvertToLong()) {
                return null;
            }
            return new Claims(TenantId.of(payload.path("tenant").asText()), TicketId.of(payload.path("ticket").asText()),
                    requireText(payload, "assignment"), Instant.ofEpochSecond(payload.path("exp").asLong()),
                    requireText(payload, "jti"));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String requireText(JsonNode payload, String field) {
        String value = payload.path(field).asText("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }
}
