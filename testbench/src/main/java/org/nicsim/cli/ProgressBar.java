package org.nicsim.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.nicsim.run.RunObserver;

/**
 * A one-line progress bar with frames/s and ETA, redrawn in place with carriage returns. It only
 * appears once a run has taken {@link #DELAY_NANOS} (short runs print nothing), redraws at most
 * every {@link #REDRAW_NANOS}, and is erased when the run ends so the summary starts on a clean
 * line. Callers only create one when standard output is a terminal and --quiet is off.
 */
final class ProgressBar implements RunObserver {
    static final long DELAY_NANOS = 2_000_000_000L;
    static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int drawnWidth;

    ProgressBar(PrintStream out) {
        this(out, System::nanoTime);
    }

    ProgressBar(PrintStream out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    @Override
    public void progress(long done, long total, long cycle) {
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = line(done, total, cycle, (now - start) / 1e9);
        out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        out.flush();
        drawnWidth = line.length();
    }

    /** The bar's text for {@code done} of {@code total} frames after {@code seconds}. */
    static String line(long done, long total, long cycle, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder sb = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%d/%d frames  %3.0f%%  %.0f frames/s", done, total,
                    100.0 * done / total, rate));
            if (rate > 0 && done < total) {
                sb.append("  ETA ").append(duration((total - done) / rate));
            }
        } else {
            sb.append(String.format(Locale.ROOT, "%d frames  %.0f frames/s", done, rate));
        }
        sb.append(String.format(Locale.ROOT, "  cycle %d", cycle));
        return sb.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** Erases the bar if it was drawn. */
    void finish() {
        if (drawnWidth > 0) {
            out.print("\r" + " ".repeat(drawnWidth) + "\r");
            out.flush();
            drawnWidth = 0;
        }
    }
}
