package com.techroute.local.serve;

import com.sun.net.httpserver.HttpServer;
import com.techroute.adapters.signing.LocalKeyFileSigner;
import com.techroute.adapters.sqlite.SqliteConsumedTokens;
import com.techroute.adapters.sqlite.SqliteTenantDirectory;
import com.techroute.adapters.sqlite.SqliteTenantStore;
import com.techroute.adapters.teams.FixedWebhookUrlSource;
import com.techroute.adapters.teams.RetryPolicy;
import com.techroute.adapters.teams.TeamsChannel;
import com.techroute.adapters.teams.TeamsWebhookNotifier;
import com.techroute.adapters.teams.WebhookUrlSource;
import com.techroute.functions.AppSettings;
import com.techroute.functions.FunctionsRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The functions of the Functions app on one machine: the composition root of {@code serve}. It wires a
 * {@link FunctionsRuntime} from local parts (the SQLite store, tenant directory and token register over one
 * file, the local key file signer, the {@link InProcessQueue}, and a Teams channel posting to a webhook or a
 * {@link CardFolder}), then serves the HTTP functions on 127.0.0.1 and runs the rebalance timer.
 *
 * <p>{@link #close()} stops accepting requests, delivers the queued tickets, stops the timer and closes the
 * store, in that order; it is safe to call more than once and from a shutdown hook.
 */
public final class LocalServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalServer.class);
    private static final int HTTP_THREADS = 4;
    private static final Duration QUEUE_RETRY_DELAY = Duration.ofSeconds(1);

    private final ServeSettings settings;
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final InProcessQueue queue;
    private final FunctionsRuntime runtime;
    private final Deque<AutoCloseable> parts;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object closeLock = new Object();
    private volatile String state = "starting";
    private boolean closing;

    private LocalServer(ServeSettings settings, HttpServer http, ExecutorService httpThreads, InProcessQueue queue,
            FunctionsRuntime runtime, Deque<AutoCloseable> parts) {
        this.settings = settings;
        this.http = http;
        this.httpThreads = httpThreads;
        this.queue = queue;
        this.runtime = runtime;
        this.parts = parts;
    }

    /**
     * Opens the store, binds 127.0.0.1 and starts serving.
     *
     * @throws ServeException naming the problem and the fix: a missing database or tenant, a port in use, an
     *     unusable key file or cards folder
     */
    public static LocalServer start(ServeSettings settings) {
        requireDatabase(settings.database());
        HttpServer http = bind(settings.port());
        Deque<AutoCloseable> parts = new ArrayDeque<>();
        try {
            return assemble(settings, http, parts);
        } catch (RuntimeException e) {
            http.stop(0);
            closeAll(parts);
            throw e;
        }
    }

    private static LocalServer assemble(ServeSettings settings, HttpServer http, Deque<AutoCloseable> parts) {
        URI baseUrl = URI.create("http://" + ServeSettings.HOST + ":" + http.getAddress().getPort());
        SqliteTenantStore store = open(settings, () -> SqliteTenantStore.open(settings.database()));
        parts.push(store);
        if (store.findTenant(settings.tenant()).isEmpty()) {
            throw new ServeException("Tenant (" + settings.tenant() + ") has no profile in database ("
                    + settings.database() + "). Run `techroute --db " + settings.database() + " --tenant "
                    + settings.tenant() + " init --example` first, or pass the right --tenant.");
        }
        SqliteTenantDirectory directory = open(settings, () -> SqliteTenantDirectory.open(settings.database()));
        parts.push(directory);
        SqliteConsumedTokens tokens = open(settings, () -> SqliteConsumedTokens.open(settings.database(),
                settings.clock()));
        parts.push(tokens);
        LocalKeyFileSigner signer = signer(settings.keyFile());
        TeamsChannel teams = new TeamsChannel(webhooks(settings.cards(), parts),
                TeamsWebhookNotifier.create(RetryPolicy.DEFAULT));
        InProcessQueue queue = new InProcessQueue(settings.clock(), QUEUE_RETRY_DELAY);
        parts.push(queue);
        Map<String, String> appSettings = LocalAppSettings.values(baseUrl);
        FunctionsRuntime runtime = new FunctionsRuntime(AppSettings.read(appSettings), store, directory, tokens, signer,
                queue, teams, settings.clock(), null);
        ExecutorService httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, daemon("techroute-http"));
        parts.push(() -> stopThreads(httpThreads));
        LocalServer server = new LocalServer(settings, http, httpThreads, queue, runtime, parts);
        server.serve(LocalFunctions.create(runtime, appSettings, server::state), baseUrl);
        return server;
    }

    private void serve(LocalFunctions functions, URI baseUrl) {
        queue.start((session, bodies) -> functions.assign().handle(bodies,
                LocalExecutionContext.invocation("AssignTicket")));
        settings.rebalanceEvery().ifPresent(every -> parts.push(RebalanceTimer.start(functions.rebalance(), every)));
        http.createContext("/", new FunctionRoutes(functions, baseUrl)::handle);
        http.setExecutor(httpThreads);
        http.start();
        state = "started";
        LOG.info("Serving tenant ({}) from database ({}) on {}", settings.tenant(), settings.database(), baseUrl);
    }

    /** Returns the port the server listens on, which the system chose when the settings asked for port 0. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** Returns {@code http://127.0.0.1:PORT}, the start of every route and of the override links. */
    public URI baseUrl() {
        return URI.create("http://" + ServeSettings.HOST + ":" + port());
    }

    /** Returns the in-process queue, with the messages set aside and the events published. */
    public InProcessQueue queue() {
        return queue;
    }

    /** Returns the runtime the functions use. */
    public FunctionsRuntime runtime() {
        return runtime;
    }

    /** Returns {@code starting}, {@code started} or {@code stopping}, as the health check reports it. */
    public String state() {
        return state;
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        synchronized (closeLock) {
            if (closing) {
                return;
            }
            closing = true;
        }
        state = "stopping";
        LOG.info("Stopping: no new requests, delivering {} queued tickets", queue.waiting());
        http.stop(1);
        // Reverse order of assembly: the timer, the HTTP threads, the queue (drained while the store and the
        // card folder are still open), the card folder, the token register, the directory and the store.
        closeAll(parts);
        LOG.info("Stopped");
        closed.countDown();
    }

    private static void closeAll(Deque<AutoCloseable> parts) {
        while (!parts.isEmpty()) {
            AutoCloseable part = parts.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Failed to close a part of the local server", e);
            }
        }
    }

    private static void requireDatabase(Path database) {
        if (!Files.isRegularFile(database)) {
            throw new ServeException("Database (" + database + ") not found. Run `techroute --db " + database
                    + " init --example` first, or pass the right --db.");
        }
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getByName(ServeSettings.HOST), port), 0);
        } catch (BindException e) {
            throw new ServeException("Port " + port + " on " + ServeSettings.HOST + " is in use. Stop the program"
                    + " that holds it, or pass another --port.", e);
        } catch (IOException e) {
            throw new ServeException("Failed to listen on " + ServeSettings.HOST + ":" + port + ": " + e.getMessage(),
                    e);
        }
    }

    private static <T> T open(ServeSettings settings, Supplier<T> opener) {
        try {
            return opener.get();
        } catch (RuntimeException e) {
            throw new ServeException("Failed to open database (" + settings.database() + "): " + e.getMessage(), e);
        }
    }

    private static LocalKeyFileSigner signer(Path keyFile) {
        try {
            return LocalKeyFileSigner.loadOrCreate(keyFile);
        } catch (RuntimeException e) {
            throw new ServeException(e.getMessage() + " (key file " + keyFile + "; pass another --key-file)", e);
        }
    }

    private static WebhookUrlSource webhooks(CardTarget target, Deque<AutoCloseable> parts) {
        if (target instanceof CardTarget.Webhook webhook) {
            return FixedWebhookUrlSource.forEveryTenant(webhook.url());
        }
        try {
            CardFolder folder = CardFolder.start(((CardTarget.Folder) target).folder());
            parts.push(folder);
            return folder;
        } catch (UncheckedIOException e) {
            throw new ServeException(e.getMessage(), e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void stopThreads(ExecutorService threads) throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("HTTP requests still running after 5 s; interrupting them");
            threads.shutdownNow();
        }
    }
}
