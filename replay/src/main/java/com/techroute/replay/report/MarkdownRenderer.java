package com.techroute.replay.report;

import com.techroute.replay.report.ReportDocument.Block;
import com.techroute.replay.report.ReportDocument.Bullets;
import com.techroute.replay.report.ReportDocument.Figure;
import com.techroute.replay.report.ReportDocument.Heading;
import com.techroute.replay.report.ReportDocument.Paragraph;
import com.techroute.replay.report.ReportDocument.Table;
import java.util.List;

/** Renders a {@link ReportDocument} as Markdown, with each chart as a link to its PNG file. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /** Returns the document as Markdown text. */
    public static String render(ReportDocument document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.blocks()) {
            append(text, block);
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Block block) {
        if (block instanceof Heading heading) {
            text.append("#".repeat(heading.level())).append(' ').append(heading.text());
        } else if (block instanceof Paragraph paragraph) {
            text.append(paragraph.text());
        } else if (block instanceof Bullets bullets) {
            bullets.items().forEach(item -> text.append("- ").append(item).append('\n'));
        } else if (block instanceof Table table) {
            table(text, table);
        } else if (block instanceof Figure figure) {
            text.append("![").append(figure.chart().title()).append("](").append(figure.fileName()).append(')');
        }
    }

    private static void table(StringBuilder text, Table table) {
        row(text, table.header());
        text.append('|');
        table.header().forEach(column -> text.append(" --- |"));
        text.append('\n');
        table.rows().forEach(row -> row(text, row));
    }

    private static void row(StringBuilder text, List<String> cells) {
        text.append('|');
        for (String cell : cells) {
            text.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        text.append('\n');
    }
}
