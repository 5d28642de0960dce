package com.techroute.replay.report;

import com.techroute.replay.chart.Charts;
import com.techroute.replay.report.ReportDocument.Block;
import com.techroute.replay.report.ReportDocument.Bullets;
import com.techroute.replay.report.ReportDocument.Figure;
import com.techroute.replay.report.ReportDocument.Heading;
import com.techroute.replay.report.ReportDocument.Paragraph;
import com.techroute.replay.report.ReportDocument.Table;

/** Renders a {@link ReportDocument} as one self-contained HTML page, with each chart as inline SVG. */
public final class HtmlRenderer {

    private static final String STYLE = "body{font-family:sans-serif;max-width:980px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px;"
            + "text-align:left}th{background:#f3f3f3}figure{margin:1.5em 0}";

    private HtmlRenderer() {
    }

    /** Returns the document as an HTML page. */
    public static String render(ReportDocument document, String title) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>\n");
        for (Block block : document.blocks()) {
            append(html, block);
            html.append('\n');
        }
        return html.append("</body></html>\n").toString();
    }

    private static void append(StringBuilder html, Block block) {
        if (block instanceof Heading heading) {
            html.append("<h").append(heading.level()).append('>').append(escape(heading.text()))
                    .append("</h").append(heading.level()).append('>');
        } else if (block instanceof Paragraph paragraph) {
            html.append("<p>").append(escape(paragraph.text())).append("</p>");
        } else if (block instanceof Bullets bullets) {
            html.append("<ul>");
            bullets.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
            html.append("</ul>");
        } else if (block instanceof Table table) {
            table(html, table);
        } else if (block instanceof Figure figure) {
            html.append("<figure>").append(Charts.toSvg(figure.chart())).append("</figure>");
        }
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<table><thead><tr>");
        table.header().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (java.util.List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
