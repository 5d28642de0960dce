package com.techroute.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on standard error for long replays. It redraws at most every {@link #REDRAW_NANOS},
 * takes counts from several threads, and draws nothing when disabled, such as when standard error is
 * not a terminal.
 */
public final class ProgressBar implements Replay.Progress, AutoCloseable {

    /** Shortest time between two redraws: 200 ms. */
    public static final long REDRAW_NANOS = 200_000_000L;

    private static final int WIDTH = 30;

    private final PrintStream out;
    private volatile long total = 1;
    private final boolean enabled;
    private final String label;
    private final AtomicLong done = new AtomicLong();
    private long lastDraw = Long.MIN_VALUE;
    private boolean drawn;

    /**
     * Creates a bar.
     *
     * @param label text before the bar
     * @param enabled false to draw nothing
     */
    public ProgressBar(PrintStream out, String label, boolean enabled) {
        this.out = out;
        this.label = label;
        this.enabled = enabled;
    }

    @Override
    public void total(long steps) {
        total = Math.max(1, steps);
    }

    /** Returns whether standard error is a terminal, read from the process's file descriptor 2 on Linux. */
    public static boolean standardErrorIsTerminal() {
        Path descriptor = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    @Override
    public void advance(int steps) {
        long now = done.addAndGet(steps);
        if (enabled) {
            drawIfDue(now, System.nanoTime());
        }
    }

    /** Returns the count so far. */
    public long done() {
        return done.get();
    }

    private synchronized void drawIfDue(long count, long nanos) {
        if (lastDraw != Long.MIN_VALUE && nanos - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = nanos;
        draw(count);
    }

    private void draw(long count) {
        double share = Math.min(1.0, count / (double) total);
        int filled = (int) Math.round(share * WIDTH);
        out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%% %,d/%,d", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), 100 * share, count, total));
        out.flush();
        drawn = true;
    }

    /** Draws the final state and ends the line, when the bar was drawn at all. */
    @Override
    public synchronized void close() {
        if (enabled && drawn) {
            draw(done.get());
            out.println();
            out.flush();
        }
    }
}
