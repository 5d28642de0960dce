package com.techroute.adapters.teams.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A stand-in for a Teams Workflows webhook on 127.0.0.1: a real HTTP server whose URL carries a random
 * path and signature like a real one, replying with scripted statuses (202 once the script runs out)
 * and recording every request.
 */
public final class WebhookServer implements AutoCloseable {

    /** A scripted reply. */
    public record Reply(int status, Map<String, String> headers) {
    }

    /** A request the server received. */
    public record Received(String path, String body, Instant at) {
    }

    private final HttpServer server;
    private final String path;
    private final String query;
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    private WebhookServer(HttpServer server, String path, String query) {
        this.server = server;
        this.path = path;
        this.query = query;
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static WebhookServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HexFormat hex = HexFormat.of();
        SecureRandom random = new SecureRandom();
        byte[] id = new byte[16];
        byte[] sig = new byte[24];
        random.nextBytes(id);
        random.nextBytes(sig);
        String path = "/workflows/" + hex.formatHex(id) + "/triggers/manual/paths/invoke";
        String query = "api-version=1&sig=" + hex.formatHex(sig);
        WebhookServer webhook = new WebhookServer(server, path, query);
        server.createContext("/", webhook::handle);
        server.start();
        return webhook;
    }

    /** Returns the secret URL of this webhook. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path + "?" + query);
    }

    /** Queues a reply; replies are used in order, then every request gets 202. */
    public WebhookServer then(int status, Map<String, String> headers) {
        script.add(new Reply(status, headers));
        return this;
    }

    /** Queues a reply without headers. */
    public WebhookServer then(int status) {
        return then(status, Map.of());
    }

    /** Returns the requests received so far, oldest first. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().toString(), body, Instant.now()));
        }
        Reply reply = script.poll();
        int status = reply == null ? 202 : reply.status();
        if (reply != null) {
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
