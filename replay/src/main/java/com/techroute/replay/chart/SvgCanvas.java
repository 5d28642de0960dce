package com.techroute.replay.chart;

import java.awt.Color;
import java.util.Locale;

/** A canvas that writes SVG markup, for charts inlined in an HTML page. */
public final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();

    /**
     * Starts an SVG element of the given size in pixels.
     *
     * @param title accessible title of the chart
     */
    public SvgCanvas(int width, int height, String title) {
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" font-family=\"sans-serif\"><title>%s</title>"
                + "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>", width, height, width, height, escape(title),
                width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double width) {
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                x1, y1, x2, y2, hex(color), width));
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color color, double width) {
        svg.append("<polyline fill=\"none\" stroke-linejoin=\"round\" stroke=\"").append(hex(color))
                .append(String.format(Locale.ROOT, "\" stroke-width=\"%.1f\" points=\"", width));
        for (int i = 0; i < xs.length; i++) {
            svg.append(String.format(Locale.ROOT, i == 0 ? "%.1f,%.1f" : " %.1f,%.1f", xs[i], ys[i]));
        }
        svg.append("\"/>");
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x, y, width, height, hex(fill)));
    }

    @Override
    public void text(double x, double y, String text, Color color, double size, Anchor anchor) {
        String textAnchor = switch (anchor) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" fill=\"%s\""
                + " text-anchor=\"%s\">%s</text>", x, y, size, hex(color), textAnchor, escape(text)));
    }

    /** Returns the finished SVG element. */
    public String toSvg() {
        return svg + "</svg>";
    }

    private static String hex(Color color) {
        return String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    /** Escapes text for XML character data and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
