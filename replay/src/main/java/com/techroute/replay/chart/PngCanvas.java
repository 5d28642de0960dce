package com.techroute.replay.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A canvas that draws with Java2D into an image and writes it as PNG. It needs no display, but the JVM
 * must run headless ({@code java.awt.headless=true}) on a machine without one; {@link Charts} sets that.
 */
public final class PngCanvas implements Canvas {

    private final BufferedImage image;
    private final Graphics2D graphics;

    /** Creates a white canvas of the given size in pixels. */
    public PngCanvas(int width, int height) {
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double width) {
        graphics.setColor(color);
        graphics.setStroke(new BasicStroke((float) width));
        graphics.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, Color color, double width) {
        if (xs.length == 0) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        graphics.setColor(color);
        graphics.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.draw(path);
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill) {
        graphics.setColor(fill);
        graphics.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void text(double x, double y, String text, Color color, double size, Anchor anchor) {
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(size)));
        double width = graphics.getFontMetrics().stringWidth(text);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        graphics.setColor(color);
        graphics.drawString(text, (float) left, (float) y);
    }

    /**
     * Writes the image as a PNG file.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public void write(Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write chart (" + file + "): " + e.getMessage(), e);
        } finally {
            graphics.dispose();
        }
    }
}
