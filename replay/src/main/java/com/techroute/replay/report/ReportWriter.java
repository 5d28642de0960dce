package com.techroute.replay.report;

import com.techroute.replay.ReplayResult;
import com.techroute.replay.chart.Charts;
import com.techroute.replay.log.RowProblem;
import com.techroute.replay.sim.Job;
import com.techroute.replay.sim.SimTicket;
import com.techroute.replay.sim.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a replay's output folder: {@code assignments.csv}, {@code report.md} with PNG charts beside it,
 * {@code report.html} with the same content and SVG charts inline, and {@code unreadable-rows.csv} when
 * the log had rows that could not be read.
 */
public final class ReportWriter {

    /** Columns of {@code assignments.csv}. */
    public static final List<String> ASSIGNMENT_COLUMNS = List.of("ticket", "arrival", "strategy", "technician",
            "expected_start", "simulated_start", "finish", "respond_by", "resolve_by", "respond_breached",
            "resolve_breached");

    private ReportWriter() {
    }

    /**
     * Writes every output file into a folder, creating it when missing.
     *
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static void write(ReplayResult replay, Path folder) {
        createFolder(folder);
        writeAssignments(replay, folder.resolve("assignments.csv"));
        if (!replay.imported().problems().isEmpty()) {
            writeProblems(replay.imported().problems(), folder.resolve("unreadable-rows.csv"));
        }
        ReportDocument document = ReportBuilder.build(replay);
        for (ReportDocument.Figure figure : document.figures()) {
            Charts.writePng(figure.chart(), folder.resolve(figure.fileName()));
        }
        String title = "Replay of " + replay.source().path().getFileName();
        writeText(folder.resolve("report.md"), MarkdownRenderer.render(document));
        writeText(folder.resolve("report.html"), HtmlRenderer.render(document, title));
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to create output folder (" + folder + "): " + e.getMessage()
                    + ". Pass a writable --out folder.", e);
        }
    }

    private static void writeAssignments(ReplayResult replay, Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(ASSIGNMENT_COLUMNS.toArray(String[]::new)).get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (SimulationResult result : replay.results()) {
                for (SimTicket ticket : replay.scenario().tickets()) {
                    csv.printRecord(assignmentRow(ticket, result.strategy(), result.jobs().get(ticket.index())));
                }
            }
        } catch (IOException e) {
            throw failedWrite(file, e);
        }
    }

    private static List<Object> assignmentRow(SimTicket ticket, String strategy, Job job) {
        Instant respondBy = ticket.deadlines().respondBy();
        Instant resolveBy = ticket.deadlines().resolveBy();
        if (job == null) {
            return List.of(ticket.source().ticketId(), ticket.arrival(), strategy, "", "", "", "", respondBy, resolveBy,
                    true, true);
        }
        return List.of(ticket.source().ticketId(), ticket.arrival(), strategy, job.person(),
                job.expectedStart() == null ? "" : job.expectedStart(), job.start(), job.finish(), respondBy,
                resolveBy, job.start().isAfter(respondBy), job.finish().isAfter(resolveBy));
    }

    private static void writeProblems(List<RowProblem> problems, Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("line", "problem").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (RowProblem problem : problems) {
                csv.printRecord(problem.lineNumber(), problem.message());
            }
        } catch (IOException e) {
            throw failedWrite(file, e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failedWrite(file, e);
        }
    }

    private static UncheckedIOException failedWrite(Path file, IOException cause) {
        return new UncheckedIOException("Failed to write (" + file + "): " + cause.getMessage()
                + ". Check that the --out folder is writable and the disk has room.", cause);
    }
}
