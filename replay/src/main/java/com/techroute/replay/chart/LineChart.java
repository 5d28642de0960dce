package com.techroute.replay.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Lines over time, such as each technician's open effort: a time axis, a value axis from 0, and a
 * legend on the right.
 *
 * @param title chart title
 * @param yLabel label of the value axis, with its unit
 * @param instants the x values, ascending
 * @param series the lines, each with one value per instant
 * @param zone zone the time axis labels are in
 */
public record LineChart(String title, String yLabel, List<Instant> instants, List<Series> series, ZoneId zone)
        implements Chart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final double LEFT = 60;
    private static final double RIGHT = 170;
    private static final double TOP = 40;
    private static final double BOTTOM = 50;
    private static final int TIME_TICKS = 6;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    /**
     * One line.
     *
     * @param name legend text
     * @param values one value per instant
     */
    public record Series(String name, double[] values) {
    }

    /** Copies the lists. */
    public LineChart {
        instants = List.copyOf(instants);
        series = List.copyOf(series);
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.text(WIDTH / 2.0, 22, title, Charts.TEXT, Charts.TITLE_SIZE, Canvas.Anchor.MIDDLE);
        double max = 0;
        for (Series line : series) {
            for (double value : line.values()) {
                max = Math.max(max, value);
            }
        }
        double step = Charts.niceStep(max, 5);
        double top = Math.max(step, Math.ceil(max / step) * step);
        drawValueAxis(canvas, step, top);
        drawTimeAxis(canvas);
        for (int i = 0; i < series.size(); i++) {
            drawSeries(canvas, series.get(i), top, i);
        }
    }

    private void drawValueAxis(Canvas canvas, double step, double top) {
        for (double value = 0; value <= top + step / 2; value += step) {
            double y = y(value, top);
            canvas.line(LEFT, y, WIDTH - RIGHT, y, Charts.GRID, 1);
            canvas.text(LEFT - 6, y + 4, Charts.axisLabel(value), Charts.TEXT, Charts.LABEL_SIZE, Canvas.Anchor.END);
        }
        canvas.text(14, TOP - 10, yLabel, Charts.TEXT, Charts.LABEL_SIZE, Canvas.Anchor.START);
        canvas.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, Charts.AXIS, 1);
    }

    private void drawTimeAxis(Canvas canvas) {
        canvas.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, Charts.AXIS, 1);
        if (instants.isEmpty()) {
            return;
        }
        for (int tick = 0; tick <= TIME_TICKS; tick++) {
            int index = (int) Math.round((instants.size() - 1) * tick / (double) TIME_TICKS);
            double x = x(index);
            canvas.line(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 4, Charts.AXIS, 1);
            canvas.text(x, HEIGHT - BOTTOM + 18, DATE.format(instants.get(index).atZone(zone)), Charts.TEXT,
                    Charts.LABEL_SIZE, Canvas.Anchor.MIDDLE);
        }
    }

    private void drawSeries(Canvas canvas, Series line, double top, int index) {
        double[] xs = new double[line.values().length];
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x(i);
            ys[i] = y(line.values()[i], top);
        }
        canvas.polyline(xs, ys, Charts.color(index), 1.5);
        double legendY = TOP + 8 + index * 18;
        canvas.rect(WIDTH - RIGHT + 14, legendY - 8, 12, 4, Charts.color(index));
        canvas.text(WIDTH - RIGHT + 32, legendY, line.name(), Charts.TEXT, Charts.LABEL_SIZE, Canvas.Anchor.START);
    }

    private double x(int index) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        return instants.size() < 2 ? LEFT : LEFT + plotWidth * index / (instants.size() - 1);
    }

    private static double y(double value, double top) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - plotHeight * value / top;
    }
}
