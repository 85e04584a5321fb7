package org.nicsim.wave;

import java.nio.file.Path;
import java.util.Objects;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.TraceWriteException;

/**
 * Switches the bridge's FST trace on at the first cycle of a {@link TraceWindow} and off after its
 * last one. Installed in the engine as its {@link CycleEdges}, which stops the model at exactly
 * those cycles; an edge that falls inside a blocking MMIO read (driver attach, the final idle poll
 * and counter reads) takes effect when the read returns, and {@link #firstTraced()} /
 * {@link #lastTraced()} say what was really written.
 */
public final class TracePlan implements CycleEdges {
    private final NicModel model;
    private final Path fst;
    private final int levels;
    private final TraceWindow window;
    private final boolean endRun;
    private boolean on;
    private boolean done;
    private long firstTraced = -1;
    private long lastTraced = -1;

    /**
     * @param model  the model to trace (tracing must be off)
     * @param fst    the dump to write (overwritten)
     * @param levels bridge trace depth, 0 = every signal
     * @param window cycles to trace
     * @param endRun after the window, end the run by throwing {@link TraceComplete} (failure re-runs)
     */
    public TracePlan(NicModel model, Path fst, int levels, TraceWindow window, boolean endRun) {
        this.model = Objects.requireNonNull(model, "model");
        this.fst = Objects.requireNonNull(fst, "fst");
        this.levels = levels;
        this.window = Objects.requireNonNull(window, "window");
        this.endRun = endRun;
    }

    /** Applies the window's start if the model is already there (call right after opening it). */
    public void start() {
        long now = model.cycle();
        if (nextEdge(now) <= now) {
            reached(now);
        }
    }

    @Override
    public long nextEdge(long now) {
        if (done) {
            return Long.MAX_VALUE;
        }
        return on ? window.last() + 1 : window.first();
    }

    @Override
    public void reached(long now) {
        if (done) {
            return;
        }
        if (!on) {
            if (now > window.last()) {
                done = true;   // the window passed inside a blocking read: nothing to trace
                return;
            }
            model.probes().traceOn(fst, levels);
            on = true;
            firstTraced = now;
            return;
        }
        if (now > window.last()) {
            stop(now);
            if (endRun) {
                throw new TraceComplete(now);
            }
        }
    }

    /** Completes the dump if tracing is still on (end of run, or the run failed). Idempotent. */
    public void finish() {
        if (!on) {
            return;
        }
        try {
            stop(model.cycle());
        } catch (TraceWriteException e) {
            throw e;   // the file is incomplete: the run's outputs are, too
        } catch (RuntimeException e) {
            on = false;   // the model died (RTL fatal): the bridge closed the trace itself
            done = true;
        }
    }

    private void stop(long now) {
        on = false;
        done = true;
        lastTraced = now - 1;   // cycle `now` has not been simulated yet
        model.probes().traceOff();
    }

    /** Whether anything was traced. */
    public boolean traced() {
        return firstTraced >= 0;
    }

    /** First cycle in the dump, or -1. */
    public long firstTraced() {
        return firstTraced;
    }

    /** Last cycle in the dump, or -1 if tracing never ended cleanly (or never started). */
    public long lastTraced() {
        return lastTraced;
    }

    public TraceWindow window() {
        return window;
    }

    public Path fst() {
        return fst;
    }
}
