package com.techroute.local;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process against one database file and captures what it prints. */
final class Cli {

    /** The demo's decision time: Tuesday 10 March 2026, 14:00 UTC, inside most UK shifts. */
    static final String DEMO_NOW = "2026-03-10T14:00:00Z";
    /** The shipped example tickets, relative to the module folder the tests run in. */
    static final Path TICKETS = Path.of("..", "examples", "demo", "tickets");

    private final Path database;

    Cli(Path database) {
        this.database = database;
    }

    /**
     * Output of one run.
     *
     * @param exitCode the exit code
     * @param out standard output
     * @param err standard error
     */
    record Run(int exitCode, String out, String err) {
    }

    /** Runs with {@code --db} and {@code --now} set, then the given arguments. */
    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", database.toString(), "--now", DEMO_NOW));
        all.addAll(List.of(args));
        return runRaw(all.toArray(String[]::new));
    }

    /** Runs with exactly the given arguments. */
    static Run runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = TechRouteCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    static Path ticket(String name) {
        return TICKETS.resolve(name);
    }
}
