package com.techroute.replay.chart;

import java.awt.Color;

/**
 * A drawing surface for charts, in pixels from the top left corner. One chart's drawing code serves
 * both the PNG files ({@link PngCanvas}) and the SVG inlined in the HTML report ({@link SvgCanvas}).
 */
public interface Canvas {

    /** Position of a text's anchor point along the text. */
    enum Anchor {
        START, MIDDLE, END
    }

    /** Draws a straight line. */
    void line(double x1, double y1, double x2, double y2, Color color, double width);

    /** Draws connected line segments through the points. */
    void polyline(double[] xs, double[] ys, Color color, double width);

    /** Fills a rectangle. */
    void rect(double x, double y, double width, double height, Color fill);

    /** Draws one line of text with its baseline at {@code y}. */
    void text(double x, double y, String text, Color color, double size, Anchor anchor);
}
