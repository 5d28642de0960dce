package com.techroute.replay.report;

import com.techroute.replay.chart.Chart;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of a replay report, built once and rendered both as Markdown (with PNG charts beside it)
 * and as HTML (with SVG charts inline), so the two never drift apart.
 */
public final class ReportDocument {

    /** One part of the report. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Figure {
    }

    /** A heading; level 1 is the title. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph of plain text. */
    public record Paragraph(String text) implements Block {
    }

    /** A bulleted list of plain-text items. */
    public record Bullets(List<String> items) implements Block {
        /** Copies the items. */
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table of plain-text cells.
     *
     * @param header column names
     * @param rows rows with one cell per column
     */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        /** Copies the rows and checks their width. */
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("Table row " + row + " has " + row.size() + " cells, but the"
                            + " header has " + header.size() + ".");
                }
            }
        }
    }

    /**
     * A chart.
     *
     * @param fileName name of its PNG file beside the Markdown report, such as {@code sla-outcomes.png}
     * @param chart the chart
     */
    public record Figure(String fileName, Chart chart) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    /** Appends a heading. */
    public ReportDocument heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    /** Appends a paragraph. */
    public ReportDocument paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    /** Appends a bulleted list. */
    public ReportDocument bullets(List<String> items) {
        blocks.add(new Bullets(items));
        return this;
    }

    /** Appends a table. */
    public ReportDocument table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(header, rows));
        return this;
    }

    /** Appends a chart. */
    public ReportDocument figure(String fileName, Chart chart) {
        blocks.add(new Figure(fileName, chart));
        return this;
    }

    /** Returns the blocks in order. */
    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** Returns the charts in order. */
    public List<Figure> figures() {
        return blocks.stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    }
}
