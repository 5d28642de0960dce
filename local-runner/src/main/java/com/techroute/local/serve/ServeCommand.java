package com.techroute.local.serve;

import com.techroute.engine.domain.TenantId;
import com.techroute.local.CliException;
import com.techroute.local.ExitCodes;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the functions of the Functions app on 127.0.0.1 until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the functions of the Azure Functions app on this machine, on 127.0.0.1 only:"
                + " POST /api/tickets queues a ticket message, a worker assigns it and sends the Teams card,"
                + " GET|POST /api/override/{tenant}/{ticket} is the card's override link, GET /api/health"
                + " checks the settings.",
                "The store is --db, the queue lives in memory, and cards go to --webhook-url or --cards-dir."
                        + " Stop with Ctrl-C: the server stops accepting requests, assigns what is queued and"
                        + " closes the database."})
public final class ServeCommand implements Callable<Integer> {

    /** SLF4J logger names under which serve logs its requests, queue and functions. */
    static final String LOG_NAMESPACE = "com.techroute.local.serve";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7071",
            description = "TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE}, as the Functions host uses locally;"
                    + " 0 picks a free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServeSettings.HOST,
            description = "Address to listen on. Only ${DEFAULT-VALUE} is accepted.")
    String host;

    @Option(names = "--webhook-url", paramLabel = "URL",
            description = "Post the Teams cards to this webhook, such as a receiver on 127.0.0.1, instead of"
                    + " writing files. The URL is never logged.")
    String webhookUrl;

    @Option(names = "--cards-dir", paramLabel = "DIR",
            description = "Folder that receives each Teams message as a JSON file (default: out/cards).")
    Path cardsDir;

    @Option(names = "--key-file", paramLabel = "PATH",
            description = "PEM key that signs the override links; created with owner-only permissions when missing"
                    + " (default: " + ServeSettings.DEFAULT_KEY_FILE + " in the folder of --db).")
    Path keyFile;

    @Option(names = "--rebalance-every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Rebalance every tenant's unstarted tickets at this interval, an ISO-8601 duration such as"
                    + " PT15M (default: off).")
    Duration rebalanceEvery;

    @Override
    public Integer call() {
        ServeSettings settings = settings();
        showServeLogs();
        LocalServer server = start(settings);
        printStart(spec.commandLine().getOut(), server, settings);
        Thread hook = new Thread(server::close, "techroute-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.awaitClosed();
        } catch (InterruptedException e) {
            // An interrupt stops the server like Ctrl-C, for callers that run serve on a thread of their own.
            server.close();
            removeHook(hook);
        }
        return ExitCodes.OK;
    }

    ServeSettings settings() {
        if (!ServeSettings.HOST.equals(host)) {
            throw CliException.badInput("Host (%s) is not allowed: serve listens on %s only, because the ticket"
                    + " endpoint has no key and the override page no sign-in outside Azure. Drop --host.", host,
                    ServeSettings.HOST);
        }
        if (webhookUrl != null && cardsDir != null) {
            throw CliException.badInput("Pass either --webhook-url or --cards-dir, not both.");
        }
        Path database = (Path) spec.root().findOption("--db").getValue();
        TenantId tenant = (TenantId) spec.root().findOption("--tenant").getValue();
        try {
            return new ServeSettings(database, tenant, port,
                    keyFile != null ? keyFile : ServeSettings.defaultKeyFile(database), cards(),
                    Optional.ofNullable(rebalanceEvery), clock());
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }

    private CardTarget cards() {
        if (webhookUrl == null) {
            return new CardTarget.Folder(cardsDir != null ? cardsDir : Path.of("out", "cards"));
        }
        try {
            return new CardTarget.Webhook(new URI(webhookUrl.strip()));
        } catch (URISyntaxException e) {
            // The message leaves the URL out, because a webhook URL carries its signature.
            throw new CliException(ExitCodes.BAD_INPUT, "The --webhook-url value is not a URL. Copy the URL again.");
        }
    }

    private Clock clock() {
        Instant now = (Instant) spec.root().findOption("--now").getValue();
        return now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC);
    }

    private static LocalServer start(ServeSettings settings) {
        try {
            return LocalServer.start(settings);
        } catch (ServeException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }

    /**
     * Shows serve's own INFO lines (requests, queue, functions). The other commands of the runner keep
     * logging at WARN, and a {@code -D} setting for these names still wins.
     */
    private static void showServeLogs() {
        String property = "org.slf4j.simpleLogger.log." + LOG_NAMESPACE;
        if (System.getProperty(property) == null) {
            System.setProperty(property, "info");
        }
    }

    private static void printStart(PrintWriter out, LocalServer server, ServeSettings settings) {
        URI base = server.baseUrl();
        out.printf("TechRoute serves tenant %s from %s on %s%n", settings.tenant(), settings.database(), base);
        out.printf("  POST     %s/api/tickets               (a ticket message, see docs/ticket-message.schema.json)%n",
                base);
        out.printf("  GET      %s/api/health%n", base);
        out.printf("  GET|POST %s/api/override/{tenant}/{ticket}?token=...  (the link on each card)%n", base);
        if (settings.cards() instanceof CardTarget.Folder folder) {
            out.printf("Cards are written to %s, one JSON file per message.%n", folder.folder());
        } else {
            out.println("Cards are posted to the webhook of --webhook-url.");
        }
        out.println(settings.rebalanceEvery().map(every -> "Rebalance runs every " + every + ".")
                .orElse("Rebalance is off. Turn it on with --rebalance-every PT15M."));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, and the hook runs anyway; close() is safe to call again.
        }
    }

    /** Converts {@code --rebalance-every}, naming the expected form when the value is not an ISO-8601 duration. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(String.format(
                        "Invalid duration (%s). Write an ISO-8601 duration, such as PT15M for 15 minutes.", value));
            }
        }
    }
}
