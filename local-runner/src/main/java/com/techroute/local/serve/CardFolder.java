package com.techroute.local.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.techroute.adapters.teams.WebhookUrlSource;
import com.techroute.engine.domain.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook receiver on 127.0.0.1 that writes every posted Teams message into a folder, one JSON file per
 * message, so the real notifier posts over HTTP with its retries and the folder shows what Teams would get.
 *
 * <p>Each tenant's webhook URL is {@code http://127.0.0.1:PORT/cards/SECRET/TENANT}, where SECRET is 128
 * random bits drawn at start, so other local programs cannot guess it and fill the folder. Files are named
 * {@code yyyyMMdd-HHmmss-SSS-TENANT-NNNN.json} in UTC, so they sort by arrival.
 */
final class CardFolder implements WebhookUrlSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CardFolder.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_MESSAGE_BYTES = 1024 * 1024;

    private final Path folder;
    private final HttpServer server;
    private final String prefix;
    private final AtomicInteger sequence = new AtomicInteger();

    private CardFolder(Path folder, HttpServer server, String prefix) {
        this.folder = folder;
        this.server = server;
        this.prefix = prefix;
    }

    /**
     * Creates the folder when missing and starts the receiver on a free port of 127.0.0.1.
     *
     * @throws UncheckedIOException when the folder cannot be created or the port cannot be bound
     */
    static CardFolder start(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to create the cards folder (" + folder + "): " + e.getMessage()
                    + ". Pass a writable --cards-dir.", e);
        }
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String prefix = "/cards/" + HexFormat.of().formatHex(secret) + "/";
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(ServeSettings.HOST), 0), 0);
            CardFolder cards = new CardFolder(folder, server, prefix);
            server.createContext("/", cards::receive);
            server.start();
            return cards;
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to start the card writer on " + ServeSettings.HOST + ": "
                    + e.getMessage(), e);
        }
    }

    /** Returns the folder the files go to. */
    Path folder() {
        return folder;
    }

    @Override
    public Optional<URI> webhookFor(TenantId tenant) {
        int port = server.getAddress().getPort();
        String name = URLEncoder.encode(tenant.value(), StandardCharsets.UTF_8).replace("+", "%20");
        return Optional.of(URI.create("http://" + ServeSettings.HOST + ":" + port + prefix + name));
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!"POST".equals(exchange.getRequestMethod()) || !path.startsWith(prefix)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_MESSAGE_BYTES + 1);
            }
            if (body.length > MAX_MESSAGE_BYTES) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            String tenant = URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(write(tenant, body) ? 202 : 500, -1);
        }
    }

    /** Writes one message through a temporary file, so a reader never sees half a file. */
    private boolean write(String tenant, byte[] body) {
        String name = FILE_TIME.format(Clock.systemUTC().instant()) + "-" + safe(tenant) + "-"
                + String.format(Locale.ROOT, "%04d", sequence.incrementAndGet()) + ".json";
        Path file = folder.resolve(name);
        try {
            Path temporary = Files.createTempFile(folder, ".card-", ".tmp");
            Files.write(temporary, body);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Wrote the Teams message of tenant ({}) to {}", tenant, file);
            return true;
        } catch (IOException e) {
            // A 500 makes the notifier retry, then audit the card as not delivered.
            LOG.error("Failed to write the Teams message of tenant ({}) to {}", tenant, file, e);
            return false;
        }
    }

    /** Keeps letters, digits and {@code . _ - @} of a tenant id for a file name; other characters become {@code _}. */
    static String safe(String tenant) {
        return tenant.replaceAll("[^A-Za-z0-9._@-]", "_");
    }

    /** Stops the receiver; call it after the queue has drained, when no card is being posted. */
    @Override
    public void close() {
        server.stop(0);
    }
}
