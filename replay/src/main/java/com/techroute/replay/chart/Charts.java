package com.techroute.replay.chart;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

/** Renders charts to PNG and SVG. Also defines what the charts share: colours, font sizes and axis steps. */
public final class Charts {

    /** Colours of series, distinguishable on white; they repeat after ten. */
    public static final List<Color> PALETTE = List.of(new Color(0x1f77b4), new Color(0xff7f0e),
            new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b),
            new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf));
    static final Color TEXT = new Color(0x222222);
    static final Color GRID = new Color(0xdddddd);
    static final Color AXIS = new Color(0x888888);
    static final double TITLE_SIZE = 15;
    static final double LABEL_SIZE = 11;

    private Charts() {
    }

    /**
     * Writes a chart as a PNG file. Sets {@code java.awt.headless=true} first unless the caller chose
     * otherwise, so it works on machines without a display.
     */
    public static void writePng(Chart chart, Path file) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        PngCanvas canvas = new PngCanvas(chart.width(), chart.height());
        chart.draw(canvas);
        canvas.write(file);
    }

    /** Returns a chart as an SVG element. */
    public static String toSvg(Chart chart) {
        SvgCanvas canvas = new SvgCanvas(chart.width(), chart.height(), chart.title());
        chart.draw(canvas);
        return canvas.toSvg();
    }

    /** Returns the colour of the i-th series. */
    public static Color color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /**
     * Returns a round step for about {@code ticks} axis divisions up to {@code max}: 1, 2 or 5 times a
     * power of ten.
     */
    static double niceStep(double max, int ticks) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / ticks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        if (fraction <= 1) {
            return power;
        }
        if (fraction <= 2) {
            return 2 * power;
        }
        return fraction <= 5 ? 5 * power : 10 * power;
    }

    /** Formats an axis value without needless decimals. */
    static String axisLabel(double value) {
        if (value == Math.rint(value)) {
            return Long.toString(Math.round(value));
        }
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
