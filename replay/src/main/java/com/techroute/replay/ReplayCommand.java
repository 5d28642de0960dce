package com.techroute.replay;

import com.techroute.replay.log.LogReadException;
import com.techroute.replay.metrics.StrategyMetrics;
import com.techroute.replay.report.ReportWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code replay} command: replays a historical ticket log through the engine and three baselines and
 * writes a report. It runs alone ({@link #main}) or as a subcommand of the local runner.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, version = "TechRoute replay 0.1.0",
        description = {"Replays a historical ticket log through the engine and three baselines (round-robin,"
                + " least-loaded, what people did) and writes assignments.csv, report.md with PNG charts, and"
                + " report.html.", "The first part of the log's time span teaches the engine; the rest is scored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "1:report written, but some rows of the log could not be read",
            "2:bad input: an unreadable log or mapping, or an invalid option", "3:unexpected failure"})
public final class ReplayCommand implements Callable<Integer> {

    /** Exit code: some rows of the log could not be read; the report lists them. */
    public static final int ROWS_UNREADABLE = 1;
    /** Exit code: the log, the mapping or an option cannot be used. */
    public static final int BAD_INPUT = 2;
    /** Exit code: an unexpected failure. */
    public static final int FAILURE = 3;

    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String LOCAL_SEARCH_LOGGER_LEVEL =
            "org.slf4j.simpleLogger.log.ai.timefold.solver.core.impl.localsearch.DefaultLocalSearchPhase";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "Ticket log: a CSV file, or a zip with one CSV.")
    Path log;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Log format: helpdesk, uci, mapped or auto, which detects it from the header"
                    + " (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "JSON column mapping for a log of another format; implies --format mapped.")
    Path mapping;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: out/replay-<log file name without extension>).")
    Path out;

    @Mixin
    ReplayOptions options;

    @Option(names = "--quiet", description = "Draw no progress bar.")
    boolean quiet;

    /**
     * Runs the command alone and exits with its exit code. Unless the caller set a log level, the engine
     * logs only warnings, because it would otherwise log every one of thousands of decisions.
     */
    public static void main(String[] args) {
        if (System.getProperty(SIMPLE_LOGGER_LEVEL) == null) {
            System.setProperty(SIMPLE_LOGGER_LEVEL, "warn");
        }
        if (System.getProperty(LOCAL_SEARCH_LOGGER_LEVEL) == null) {
            // Timefold warns each time a rebalance's local search stops at a local optimum, which is how it ends.
            System.setProperty(LOCAL_SEARCH_LOGGER_LEVEL, "error");
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * Returns the command line of the command alone; an unexpected failure prints its stack trace and
     * exits with {@link #FAILURE}. Tests run it in-process and capture its output.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ReplayCommand());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("Failed: " + exception);
            exception.printStackTrace(failed.getErr());
            failed.getErr().flush();
            return FAILURE;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            PrintWriter err = exception.getCommandLine().getErr();
            err.println(exception.getMessage());
            err.println("Run 'replay --help' for usage.");
            err.flush();
            return BAD_INPUT;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return replay(spec.commandLine().getOut(), err);
        } catch (LogReadException | IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
    }

    private int replay(PrintWriter stdout, PrintWriter err) {
        ZoneId zone = options.zone();
        LogOpener.OpenedLog opened = LogOpener.open(log, format, mapping, zone);
        ReplaySettings settings = options.settings(opened.zone());
        Path folder = out != null ? out : Path.of("out", "replay-" + opened.source().baseName());
        ReplayResult result;
        try (ProgressBar bar = new ProgressBar(System.err, "Replaying", !quiet && ProgressBar.standardErrorIsTerminal())) {
            result = Replay.run(opened.imported(), opened.source(), settings, bar);
        }
        ReportWriter.write(result, folder);
        printSummary(stdout, result, folder);
        if (opened.imported().problemCount() > 0) {
            err.printf("%,d rows of %s could not be read; %s lists them.%n", opened.imported().problemCount(), log,
                    folder.resolve("report.md"));
            err.flush();
            return ROWS_UNREADABLE;
        }
        return 0;
    }

    private static void printSummary(PrintWriter stdout, ReplayResult result, Path folder) {
        stdout.printf(Locale.ROOT, "Replayed %,d tickets of %s after learning from %,d, in %.1f s.%n",
                result.scenario().tickets().size(), result.source().path().getFileName(),
                result.scenario().split().history().size(), result.elapsed().toMillis() / 1000.0);
        int width = Math.max(16, result.metrics().stream().mapToInt(m -> m.strategy().length()).max().orElse(0));
        stdout.printf(Locale.ROOT, "%-" + width + "s %17s %17s %15s %6s%n", "strategy", "respond breaches", "resolve breaches",
                "mean start (h)", "Gini");
        for (StrategyMetrics metrics : result.metrics()) {
            stdout.printf(Locale.ROOT, "%-" + width + "s %16.1f%% %16.1f%% %15.1f %6.2f%n", metrics.strategy(),
                    100 * metrics.respondBreachRate(), 100 * metrics.resolveBreachRate(), metrics.meanStartHours(),
                    metrics.loadGini());
        }
        stdout.printf("Report: %s (also report.html and assignments.csv there)%n", folder.resolve("report.md"));
        stdout.flush();
    }
}
