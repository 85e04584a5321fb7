package org.nicsim.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Objects;
import org.nicsim.bridge.NicModel;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.cosim.StallWatchdog;
import org.nicsim.run.RunObserver;
import org.nicsim.scenario.WaveMode;
import org.nicsim.scenario.WaveSpec;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.wave.FailureWindow;
import org.nicsim.wave.NicSignals;
import org.nicsim.wave.TraceComplete;
import org.nicsim.wave.TracePlan;
import org.nicsim.wave.TraceWindow;
import org.nicsim.wave.WaveCapture;
import org.nicsim.wave.WaveSettings;

/**
 * Decorates a {@link RunSession} with the waveform a {@code wave} setting asks for:
 * <ul>
 * <li>{@code off}: no trace;</li>
 * <li>{@code on}: the whole run, from the end of reset;</li>
 * <li>{@code window:A-B}: exactly cycles A..B (the engine stops the model at A and after B);</li>
 * <li>{@code on-failure}: the run goes untraced at full speed; if a check fails (or the simulation
 *     stalls or dies) the same session is run again — same scenario, seed and frames, so the same
 *     cycles — with tracing from {@link WaveSettings#marginBefore()} cycles before the failing
 *     frame entered the NIC to {@link WaveSettings#marginAfter()} cycles after the mismatch; that
 *     re-run ends as soon as its window is written. A passing run costs nothing and writes nothing.</li>
 * </ul>
 * Each waveform comes with a GTKWave save file: {@link NicSignals} grouped by block, the primary
 * marker on the first mismatch (or failure), a named marker on the cycle its frame was queued.
 * Stale {@code wave.fst}/{@code wave.gtkw} in the directory are removed first, so what is there
 * always belongs to this run.
 */
public final class WaveRecorder {
    /** Widest view a save file opens with, in cycles (wider and the clock is unreadable). */
    public static final long MAX_VIEW_CYCLES = 2000;

    private final WaveSettings settings;
    private final CaptureWriter captures;

    public WaveRecorder(WaveSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.captures = new CaptureWriter(settings);
    }

    public WaveSettings settings() {
        return settings;
    }

    /**
     * Runs {@code session} once (twice for a failure under on-failure), passing the run's records
     * to {@code observer}. Simulation failures (stall, RTL fatal, MMIO timeout, driver error) come
     * back as the outcome, with the waveform that shows them.
     *
     * @throws UncheckedIOException if the waveform directory or save file cannot be written
     */
    public WaveRun run(RunSession session, WaveSpec spec, RunObserver observer) {
        prepareDir();
        return switch (spec.mode()) {
            case OFF -> afterUntraced(session, session.run(observer));
            case ON, WINDOW -> traced(session, spec.mode(), windowOf(spec), observer);
            case ON_FAILURE -> onFailure(session, observer);
        };
    }

    /**
     * Traces cycles {@code window} of {@code session} for one frame ({@code nicsim explain}): the
     * save file opens on that frame and marks its stages, whatever else failed in the run. The run
     * ends once the window is written, so it has no outcome.
     *
     * @return the waveform, or null when the run ended before the window
     */
    public WaveCapture frame(RunSession session, TraceWindow window, FrameMarks marks) {
        prepareDir();
        Attempt a = attempt(session, null, window, true);
        return a.plan == null || !a.plan.traced() ? null : captures.write(session.scenario(), a.plan, marks);
    }

    /**
     * What an untraced run leaves: nothing, except after a stall (exit 3) a waveform of its last
     * cycles, since nothing else shows why the RTL stopped moving.
     */
    public WaveRun afterUntraced(RunSession session, RunOutcome outcome) {
        if (!(outcome instanceof RunOutcome.SimulationError e) || e.kind() != FailureKind.STALL) {
            return new WaveRun(outcome, null, "");
        }
        prepareDir();
        return capture(session, new Attempt(new InjectionLog(null), outcome));
    }

    /** The window a {@code wave} setting of mode ON or WINDOW asks for. */
    private static TraceWindow windowOf(WaveSpec spec) {
        return spec.mode() == WaveMode.ON ? TraceWindow.wholeRun() : new TraceWindow(spec.windowStart(), spec.windowEnd());
    }

    private WaveRun traced(RunSession session, WaveMode mode, TraceWindow window, RunObserver observer) {
        Attempt a = attempt(session, observer, window, false);
        if (!a.plan.traced()) {
            return a.toRun(null, "no waveform: window " + window + " lies outside the run's cycles");
        }
        long lo = a.plan.firstTraced();
        long hi = a.plan.lastTraced() >= 0 ? a.plan.lastTraced() : Long.MAX_VALUE;
        FirstFailure f = a.failure();
        boolean shown = f != null && f.found() >= lo && f.found() <= hi + 1;
        WaveCapture c = captures.write(mode, session.scenario(), a.plan, shown ? f : null, true,
                f == null || shown ? "" : "the first failure (cycle " + f.found() + ") is outside the window");
        return a.toRun(c, "");
    }

    private WaveRun onFailure(RunSession session, RunObserver observer) {
        Attempt a = attempt(session, observer, null, false);
        if (a.outcome instanceof RunOutcome.Passed) {
            return a.toRun(null, "");
        }
        return capture(session, a);
    }

    /** Re-runs a failed attempt deterministically with tracing around its failure. */
    private WaveRun capture(RunSession session, Attempt a) {
        FirstFailure f = a.failure();
        long runStart = a.outcome.startCycle() < 0 ? Long.MAX_VALUE : a.outcome.startCycle();
        TraceWindow window;
        RuntimeException error = a.error();
        if (error == null) {
            window = FailureWindow.around(f.injectCycle(), f.found(), runStart, settings);
        } else if (error instanceof SimulationStallException stall) {
            // the stall shows where progress stopped: the exception knows the last cycle that moved
            // (the budget may have been set per run); the default budget before it if it does not
            long stopped = stall.lastProgressCycle() >= 0 ? stall.lastProgressCycle()
                    : Math.max(0, f.found() - StallWatchdog.DEFAULT_STALL_CYCLES);
            window = FailureWindow.around(stopped, f.found(), runStart, f.found(), settings);
        } else {
            window = FailureWindow.around(f.found(), f.found(), runStart, TraceWindow.OPEN_END, settings);
        }
        Attempt again = attempt(session, null, window, true);
        if (!again.plan.traced()) {
            return a.toRun(null, "no waveform: the traced re-run ended before cycle " + window.first());
        }
        FirstFailure g = again.failure();
        boolean reproduced = g != null && f.sameAs(g);
        return a.toRun(captures.write(WaveMode.ON_FAILURE, session.scenario(), again.plan, f, reproduced, ""), "");
    }

    /** One run of the session; tracing per {@code window} (null = untraced). */
    private Attempt attempt(RunSession session, RunObserver observer, TraceWindow window, boolean endRun) {
        InjectionLog log = new InjectionLog(observer);
        TracePlan[] plan = new TracePlan[1];
        RunOutcome outcome;
        try {
            // only a traced attempt needs the library with the FST code in it
            outcome = (window == null ? session : session.traceable()).run(log, new RunSession.Hook() {
                @Override
                public void opened(NicModel model) {
                    if (window != null) {
                        plan[0] = new TracePlan(model, settings.fst(), settings.levels(), window, endRun);
                        plan[0].start();   // a window from cycle 0 starts right after reset
                    }
                }

                @Override
                public void built(NicModel model, CoSimulation sim) {
                    log.watch(sim.scoreboard());
                    if (plan[0] != null) {
                        sim.setCycleEdges(plan[0]);
                    }
                }

                @Override
                public void closing(NicModel model) {
                    log.capture();
                    if (plan[0] != null) {
                        plan[0].finish();
                    }
                }
            });
        } catch (TraceComplete e) {
            outcome = null;   // the re-run stopped once its window was written
        }
        Attempt a = new Attempt(log, outcome);
        a.plan = plan[0];
        return a;
    }

    private void prepareDir() {
        try {
            Files.createDirectories(settings.dir());
            Files.deleteIfExists(settings.fst());
            Files.deleteIfExists(settings.gtkw());
        } catch (IOException e) {
            throw new UncheckedIOException("waveform directory " + settings.dir() + ": " + e.getMessage(), e);
        }
    }

    /** What one attempt did. */
    private static final class Attempt {
        final InjectionLog log;
        final RunOutcome outcome;   // null when a traced re-run stopped at the end of its window
        TracePlan plan;

        Attempt(InjectionLog log, RunOutcome outcome) {
            this.log = log;
            this.outcome = outcome;
        }

        RuntimeException error() {
            return outcome instanceof RunOutcome.SimulationError e ? e.cause() : null;
        }

        /** The first failure of this attempt, or null. */
        FirstFailure failure() {
            if (outcome instanceof RunOutcome.SimulationError e) {
                RuntimeException error = e.cause();
                long at = error instanceof SimulationStallException s ? s.cycle() : log.lastCycle();
                String kind = e.kind().id();
                return new FirstFailure(Math.max(0, at), -1, -1, kind, kind + ": " + firstLine(error.getMessage()), null,
                        error.getClass().getName() + ": " + error.getMessage(), null);
            }
            Mismatch m = log.firstMismatch();
            if (m == null) {
                return null;
            }
            long frame = m.frame();
            return new FirstFailure(m.cycle(), frame, log.firstInjectCycle(),
                    m.check().id() + (frame >= 0 ? "_frame_" + frame : m.item() >= 0 ? "_" + m.item() : ""),
                    "first mismatch: " + m, m, null, log.stageOf(frame));
        }

        WaveRun toRun(WaveCapture wave, String note) {
            return new WaveRun(outcome, wave, note);
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "";
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }
}
