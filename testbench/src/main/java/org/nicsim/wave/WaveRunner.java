package org.nicsim.wave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.SimulationFatalException;
import org.nicsim.bridge.SimulationTimeoutException;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.InjectedFrame;
import org.nicsim.cosim.RunObserver;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.driver.DriverException;
import org.nicsim.scenario.WaveMode;
import org.nicsim.scenario.WaveSpec;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.scoreboard.stage.StageFinding;

/**
 * Runs a co-simulation with the waveform its {@code wave} setting asks for:
 * <ul>
 * <li>{@code off}: no trace;</li>
 * <li>{@code on}: the whole run, from the end of reset;</li>
 * <li>{@code window:A-B}: exactly cycles A..B (the engine stops the model at A and after B);</li>
 * <li>{@code on-failure}: the run goes untraced at full speed; if a check fails (or the simulation
 *     stalls or dies) the same setup is run again — same scenario, seed and frames, so the same
 *     cycles — with tracing from {@link WaveSettings#marginBefore()} cycles before the failing
 *     frame entered the NIC to {@link WaveSettings#marginAfter()} cycles after the mismatch; that
 *     re-run ends as soon as its window is written. A passing run costs nothing and writes nothing.</li>
 * </ul>
 * Each waveform comes with a GTKWave save file: {@link NicSignals} grouped by block, the primary
 * marker on the first mismatch (or failure), a named marker on the cycle its frame was queued.
 * Stale {@code wave.fst}/{@code wave.gtkw} in the directory are removed first, so what is there
 * always belongs to this run.
 */
public final class WaveRunner {
    /** Widest view a save file opens with, in cycles (wider and the clock is unreadable). */
    static final long MAX_VIEW_CYCLES = 2000;

    private final WaveSettings settings;

    public WaveRunner(WaveSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public WaveSettings settings() {
        return settings;
    }

    /**
     * Runs {@code setup} once (twice for a failure under on-failure), passing the run's records to
     * {@code observer}. Simulation failures (stall, RTL fatal, MMIO timeout, driver error) are
     * returned in {@link WaveRun#failure()}, with the waveform that shows them.
     *
     * @throws UncheckedIOException if the waveform directory or save file cannot be written
     */
    public WaveRun run(RunSetup setup, WaveSpec spec, RunObserver observer) {
        prepareDir();
        return switch (spec.mode()) {
            case OFF -> untraced(setup, observer);
            case ON, WINDOW -> traced(setup, spec.mode(), TraceWindow.of(spec), observer);
            case ON_FAILURE -> onFailure(setup, observer);
        };
    }

    private WaveRun traced(RunSetup setup, WaveMode mode, TraceWindow window, RunObserver observer) {
        Attempt a = attempt(setup, observer, window, false);
        if (!a.plan.traced()) {
            return a.toRun(null, "no waveform: window " + window + " lies outside the run's cycles");
        }
        long lo = a.plan.firstTraced();
        long hi = a.plan.lastTraced() >= 0 ? a.plan.lastTraced() : Long.MAX_VALUE;
        Failure f = a.failure();
        boolean shown = f != null && f.found >= lo && f.found <= hi + 1;
        WaveCapture c = write(mode, setup, a.plan, shown ? f : null, true,
                f == null || shown ? "" : "the first failure (cycle " + f.found + ") is outside the window");
        return a.toRun(c, "");
    }

    /**
     * An untraced run; a stall (exit 3) still leaves a waveform of its last cycles, since nothing
     * else shows why the RTL stopped moving.
     */
    private WaveRun untraced(RunSetup setup, RunObserver observer) {
        Attempt a = attempt(setup, observer, null, false);
        return a.error instanceof SimulationStallException ? capture(setup, a) : a.toRun(null, "");
    }

    private WaveRun onFailure(RunSetup setup, RunObserver observer) {
        Attempt a = attempt(setup, observer, null, false);
        if (a.passed()) {
            return a.toRun(null, "");
        }
        return capture(setup, a);
    }

    /** Re-runs a failed attempt deterministically with tracing around its failure. */
    private WaveRun capture(RunSetup setup, Attempt a) {
        Failure f = a.failure();
        TraceWindow window;
        if (a.error == null) {
            window = FailureWindow.around(f.injectCycle, f.found, a.runStart, settings);
        } else if (a.error instanceof SimulationStallException stall) {
            // the stall shows where progress stopped: the exception knows the last cycle that moved
            // (the budget may have been set per run); the default budget before it if it does not
            long stopped = stall.lastProgressCycle() >= 0 ? stall.lastProgressCycle()
                    : Math.max(0, f.found - CoSimulation.DEFAULT_STALL_CYCLES);
            window = FailureWindow.around(stopped, f.found, a.runStart, f.found, settings);
        } else {
            window = FailureWindow.around(f.found, f.found, a.runStart, TraceWindow.OPEN_END, settings);
        }
        Attempt again = attempt(setup, null, window, true);
        if (!again.plan.traced()) {
            return a.toRun(null, "no waveform: the traced re-run ended before cycle " + window.first());
        }
        Failure g = again.failure();
        boolean reproduced = g != null && f.sameAs(g);
        return a.toRun(write(WaveMode.ON_FAILURE, setup, again.plan, f, reproduced, ""), "");
    }

    /** One run from a fresh model; tracing per {@code window} (null = untraced). */
    private Attempt attempt(RunSetup setup, RunObserver observer, TraceWindow window, boolean endRun) {
        Attempt a = new Attempt(new InjectionLog(observer));
        Iterator<InjectedFrame> frames = null;
        try (NicModel model = NicModel.open(setup.modelOptions())) {
            if (window != null) {
                a.plan = new TracePlan(model, settings.fst(), settings.levels(), window, endRun);
            }
            try {
                if (a.plan != null) {
                    a.plan.start();   // a window from cycle 0 starts right after reset
                }
                CoSimulation sim = new CoSimulation(setup.scenario(), model, a.log);
                a.log.watch(sim.scoreboard());
                setup.prepare(model, sim);
                a.runStart = model.cycle();
                if (a.plan != null) {
                    sim.setCycleEdges(a.plan);
                }
                frames = setup.frames();
                a.result = sim.run(frames, setup.total());
            } catch (TraceComplete e) {
                a.stoppedEarly = true;
            } catch (SimulationStallException | SimulationFatalException | SimulationTimeoutException
                     | DriverException e) {
                a.error = e;
            } finally {
                a.log.capture();
                if (a.plan != null) {
                    a.plan.finish();
                }
                if (frames instanceof AutoCloseable closeable) {
                    closeQuietly(closeable);
                }
            }
        }
        return a;
    }

    private WaveCapture write(WaveMode mode, RunSetup setup, TracePlan plan, Failure f, boolean reproduced, String aside) {
        long lo = plan.firstTraced();
        long hi = plan.lastTraced() >= 0 ? plan.lastTraced() : Math.max(lo + 1, f == null ? lo + 1 : f.found);
        // a failure declared at cycle c (not yet simulated) is marked at the dump's end, c = last + 1
        long marker = f == null ? -1 : Math.max(lo, Math.min(f.found, hi + 1));
        List<Marker> named = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        comments.add("scenario '" + setup.scenario().name() + "', seed " + setup.scenario().seed() + ", wave "
                + mode.jsonName() + ", trace levels " + settings.levels() + ", traced cycles " + lo + ".." + hi);
        if (f != null) {
            named.add(new Marker(marker, f.label));
            if (f.injectCycle >= lo && f.injectCycle <= hi) {
                named.add(new Marker(f.injectCycle, "frame_" + f.frame + "_queued"));
            }
            if (f.stage != null && f.stage.cycle() >= lo && f.stage.cycle() <= hi) {
                named.add(new Marker(f.stage.cycle(), f.stage.stage() + "_diverges"));
            }
            comments.add("marker: " + f.reason);
            if (f.stage != null) {
                comments.add("first diverging stage: " + f.stage);
            }
            if (f.frame >= 0) {
                comments.add("frame " + f.frame + " was queued at the RX stream at cycle " + f.injectCycle
                        + "; the host found the mismatch at cycle " + f.found);
            }
            if (mode == WaveMode.ON_FAILURE) {
                comments.add("traced re-run reproduced the failure at the same cycle: " + (reproduced ? "yes" : "NO"));
            }
        }
        if (!aside.isEmpty()) {
            comments.add(aside);
        }
        // open on the failure, with the frame's way through the NIC when it fits on one screen
        long viewFirst = lo;
        if (marker >= 0) {
            long from = f.injectCycle >= 0 ? Math.min(f.injectCycle - 20, marker - 300) : marker - 300;
            viewFirst = Math.max(lo, Math.max(from, marker - MAX_VIEW_CYCLES));
        }
        // the marker sits inside the view, an eighth of it (at least 20 cycles) from the right edge
        long viewLast = Math.max(viewFirst + 1, Math.min(hi, marker >= 0
                ? marker + Math.max(20, (marker - viewFirst) / 8) : lo + 320));
        String focus = f == null ? null : f.focus();
        GtkwSaveFile save = new GtkwSaveFile(settings.fst(), FailureFocus.ordered(NicSignals.groups(settings.levels()),
                focus), viewFirst, viewLast, marker, named, comments,
                f == null ? List.of() : FailureFocus.notes(focus, f.frame, f.injectCycle, f.found, f.stage));
        try {
            save.write(settings.gtkw());
            return new WaveCapture(mode, settings.fst(), settings.gtkw(), lo, plan.lastTraced(), marker,
                    f == null ? -1 : f.frame, f == null ? -1 : f.injectCycle, f == null ? "" : f.reason, reproduced,
                    Files.size(settings.fst()));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + settings.gtkw() + ": " + e.getMessage(), e);
        }
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

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // the frames were fully used or the run failed; a close error adds nothing
        }
    }

    /** What one attempt did. */
    private static final class Attempt {
        final InjectionLog log;
        TracePlan plan;
        CoSimResult result;
        RuntimeException error;
        boolean stoppedEarly;
        long runStart = Long.MAX_VALUE;   // unknown until attach is done: a window then starts at 0

        Attempt(InjectionLog log) {
            this.log = log;
        }

        boolean passed() {
            return error == null && result != null && result.passed();
        }

        /** The first failure of this attempt, or null. */
        Failure failure() {
            if (error != null) {
                long at = error instanceof SimulationStallException s ? s.cycle() : log.lastCycle();
                String kind = error instanceof SimulationStallException ? "stall"
                        : error instanceof SimulationFatalException ? "rtl_fatal"
                        : error instanceof SimulationTimeoutException ? "mmio_timeout" : "driver_error";
                return new Failure(Math.max(0, at), -1, -1, kind, kind + ": " + firstLine(error.getMessage()), null,
                        error.getClass().getName() + ": " + error.getMessage(), null);
            }
            Mismatch m = log.firstMismatch();
            if (m == null) {
                return null;
            }
            long frame = FailureWindow.frameOf(m);
            return new Failure(m.cycle(), frame, log.firstInjectCycle(),
                    m.check().id() + (frame >= 0 ? "_frame_" + frame : m.item() >= 0 ? "_" + m.item() : ""),
                    "first mismatch: " + m, m, null, log.stageOf(frame));
        }

        WaveRun toRun(WaveCapture wave, String note) {
            return new WaveRun(result, error, wave, note);
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "";
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }
    }

    /**
     * A run's first failure: a mismatch, or a simulation error.
     *
     * @param found       cycle it was found at
     * @param frame       frame it concerns, or -1
     * @param injectCycle cycle that frame was queued at, or -1
     * @param label       marker name
     * @param reason      one line for the save file and the report
     * @param mismatch    the mismatch, or null for an error
     * @param error       the error's class and message, or null for a mismatch
     * @param stage       the frame's first diverging RX stage, or null
     */
    private record Failure(long found, long frame, long injectCycle, String label, String reason, Mismatch mismatch,
                           String error, StageFinding stage) {
        /** The check the failure is debugged by (its signals go on top), or the simulation failure's kind. */
        String focus() {
            return stage != null ? stage.stage() : mismatch != null ? mismatch.check().id() : label;
        }

        /** Determinism check of a re-run: the same failure, at the same cycle, from a frame queued at the same cycle. */
        boolean sameAs(Failure o) {
            return found == o.found && injectCycle == o.injectCycle && Objects.equals(mismatch, o.mismatch)
                    && Objects.equals(error, o.error);
        }
    }
}
