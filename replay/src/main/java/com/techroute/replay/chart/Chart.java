package com.techroute.replay.chart;

/** A chart that draws itself on a {@link Canvas} of its own size. */
public interface Chart {

    /** Returns the width in pixels. */
    int width();

    /** Returns the height in pixels. */
    int height();

    /** Returns the title, drawn at the top and used as the SVG's accessible title. */
    String title();

    /** Draws the whole chart. */
    void draw(Canvas canvas);
}
