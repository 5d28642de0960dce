package com.techroute.replay.chart;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars split into parts, one bar per category, such as the SLA outcomes of each strategy.
 * Each bar is scaled to 100% of its total; a part wide enough shows its share as a label.
 *
 * @param title chart title
 * @param bars bar labels, top to bottom
 * @param parts part names, left to right, as the legend shows them
 * @param values per bar, the value of each part
 */
public record StackedBarChart(String title, List<String> bars, List<String> parts, double[][] values)
        implements Chart {

    private static final int WIDTH = 900;
    private static final double LEFT = 130;
    private static final double RIGHT = 30;
    private static final double TOP = 40;
    private static final double BAR = 34;
    private static final double GAP = 14;
    private static final double LEGEND = 50;

    /** Validates that every bar has a value per part. */
    public StackedBarChart {
        bars = List.copyOf(bars);
        parts = List.copyOf(parts);
        if (values.length != bars.size()) {
            throw new IllegalArgumentException("Chart (" + title + ") has " + bars.size() + " bars but "
                    + values.length + " rows of values.");
        }
        for (double[] row : values) {
            if (row.length != parts.size()) {
                throw new IllegalArgumentException("Chart (" + title + ") has " + parts.size() + " parts but a bar"
                        + " with " + row.length + " values.");
            }
        }
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return (int) (TOP + bars.size() * (BAR + GAP) + LEGEND);
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.text(WIDTH / 2.0, 22, title, Charts.TEXT, Charts.TITLE_SIZE, Canvas.Anchor.MIDDLE);
        double plotWidth = WIDTH - LEFT - RIGHT;
        for (int bar = 0; bar < bars.size(); bar++) {
            double y = TOP + bar * (BAR + GAP);
            canvas.text(LEFT - 8, y + BAR / 2 + 4, bars.get(bar), Charts.TEXT, Charts.LABEL_SIZE, Canvas.Anchor.END);
            double total = 0;
            for (double value : values[bar]) {
                total += value;
            }
            double x = LEFT;
            for (int part = 0; part < parts.size() && total > 0; part++) {
                double width = plotWidth * values[bar][part] / total;
                canvas.rect(x, y, width, BAR, Charts.color(part));
                if (width > 36) {
                    String share = String.format(Locale.ROOT, "%.0f%%", 100 * values[bar][part] / total);
                    canvas.text(x + width / 2, y + BAR / 2 + 4, share, java.awt.Color.WHITE, Charts.LABEL_SIZE,
                            Canvas.Anchor.MIDDLE);
                }
                x += width;
            }
        }
        drawLegend(canvas);
    }

    private void drawLegend(Canvas canvas) {
        double y = height() - LEGEND + 24;
        double x = LEFT;
        for (int part = 0; part < parts.size(); part++) {
            canvas.rect(x, y - 10, 12, 12, Charts.color(part));
            canvas.text(x + 16, y, parts.get(part), Charts.TEXT, Charts.LABEL_SIZE, Canvas.Anchor.START);
            x += 24 + 7.0 * parts.get(part).length();
        }
    }
}
