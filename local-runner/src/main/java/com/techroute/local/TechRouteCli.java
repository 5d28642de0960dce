package com.techroute.local;

import com.techroute.adapters.sqlite.SqliteStoreException;
import com.techroute.adapters.sqlite.SqliteTenantStore;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.port.TenantStore;
import com.techroute.local.serve.ServeCommand;
import com.techroute.replay.ReplayCommand;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The local runner's command line: the composition root that wires the engine to an SQLite file and
 * the system clock (or a fixed {@code --now}).
 */
@Command(name = "techroute", mixinStandardHelpOptions = true, version = "TechRoute local runner 0.1.0",
        description = "Assigns service-desk tickets to technicians on one machine, with an SQLite file as the store.",
        subcommands = {InitCommand.class, TechniciansCommand.class, AssignCommand.class, UnassignedCommand.class,
                ServeCommand.class, ReplayCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:some rows were rejected; the good ones were imported",
                "2:bad input: a missing or invalid file, option or ticket",
                "3:unexpected failure, such as a database error"})
public final class TechRouteCli {

    private static final Logger LOG = LoggerFactory.getLogger(TechRouteCli.class);

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "techroute.db", scope = ScopeType.INHERIT,
            description = "SQLite database file (default: ${DEFAULT-VALUE} in the working directory).")
    Path database;

    @Option(names = "--tenant", paramLabel = "ID", defaultValue = "demo", scope = ScopeType.INHERIT,
            converter = TenantIdConverter.class,
            description = "Tenant (MSP) whose records the command reads and writes (default: ${DEFAULT-VALUE}).")
    TenantId tenant;

    @Option(names = "--now", paramLabel = "ISO-INSTANT", scope = ScopeType.INHERIT, converter = InstantConverter.class,
            description = "Decision time, such as 2026-03-10T14:00:00Z, instead of the system clock,"
                    + " for reproducible runs.")
    Instant now;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Returns a configured command line, which tests run in-process to capture its output. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new TechRouteCli());
        commandLine.setExecutionExceptionHandler(TechRouteCli::handle);
        commandLine.setParameterExceptionHandler(TechRouteCli::handleUsage);
        return commandLine;
    }

    /** Returns the root command of a subcommand's spec, which has the global options. */
    static TechRouteCli root(CommandSpec spec) {
        return (TechRouteCli) spec.root().userObject();
    }

    TenantId tenant() {
        return tenant;
    }

    Path database() {
        return database;
    }

    /** Returns the clock: fixed at {@code --now} when given, the system clock otherwise. */
    Clock clock() {
        return now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC);
    }

    /**
     * Opens the database, creating it when {@code create} is true.
     *
     * @throws CliException with exit code 2 when the file is missing (and not to be created) or cannot be opened
     */
    TenantStore openStore(boolean create) {
        if (!create && !Files.exists(database)) {
            throw CliException.badInput("Database (%s) not found. Run `techroute --db %s init --example` first,"
                    + " or pass the right --db.", database, database);
        }
        try {
            return SqliteTenantStore.open(database);
        } catch (SqliteStoreException e) {
            throw new CliException(ExitCodes.BAD_INPUT, e.getMessage(), e);
        }
    }

    private static int handleUsage(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.printf("Run '%s --help' for usage.%n", commandLine.getCommandSpec().qualifiedName());
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int handle(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (exception instanceof CliException failure) {
            commandLine.getErr().println(failure.getMessage());
            commandLine.getErr().flush();
            return failure.exitCode();
        }
        LOG.error("Command ({}) failed", commandLine.getCommandName(), exception);
        commandLine.getErr().println("Failed: " + exception.getMessage());
        commandLine.getErr().flush();
        return ExitCodes.FAILURE;
    }

    /** Converts {@code --tenant} with the id rules of the engine. */
    static final class TenantIdConverter implements CommandLine.ITypeConverter<TenantId> {
        @Override
        public TenantId convert(String value) {
            try {
                return TenantId.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Converts {@code --now}, naming the expected form when the value is not an ISO-8601 instant. */
    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(String.format(
                        "Invalid instant (%s). Write an ISO-8601 instant, such as 2026-03-10T14:00:00Z.", value));
            }
        }
    }
}
