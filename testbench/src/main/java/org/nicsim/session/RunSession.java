package org.nicsim.session;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.NicOptions;
import org.nicsim.cosim.RunSizing;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.run.InjectedFrame;
import org.nicsim.run.RunObserver;
import org.nicsim.scenario.Scenario;

/**
 * One co-simulation run, described once and runnable any number of times with the same result:
 * open a Verilator model sized and seeded for the scenario, attach the driver and build the
 * engine, run the frames, and say how it ended.
 *
 * <pre>{@code
 * RunOutcome o = RunSession.of(scenario).run();
 * if (o instanceof RunOutcome.ChecksFailed f) { ... f.result().scoreboard().firstMismatches() ... }
 * }</pre>
 *
 * <p>A session is immutable: {@code with...} methods return a new one. Because a run is a
 * function of the session alone, a waveform decorator can re-run a failed session and trace
 * exactly the same cycles.
 */
public final class RunSession {
    private final Scenario scenario;
    private final Supplier<Iterator<InjectedFrame>> frames;
    private final long total;
    private final UnaryOperator<NicModelOptions.Builder> model;
    private final List<BiConsumer<NicModel, CoSimulation>> preparations;
    private final List<Consumer<NicModel>> finishers;

    private RunSession(Scenario scenario, Supplier<Iterator<InjectedFrame>> frames, long total,
                       UnaryOperator<NicModelOptions.Builder> model,
                       List<BiConsumer<NicModel, CoSimulation>> preparations, List<Consumer<NicModel>> finishers) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.frames = Objects.requireNonNull(frames, "frames");
        this.total = total;
        this.model = model;
        this.preparations = List.copyOf(preparations);
        this.finishers = List.copyOf(finishers);
    }

    /** The scenario with the frames of its own traffic generator. */
    public static RunSession of(Scenario scenario) {
        return new RunSession(scenario, () -> ScenarioTraffic.frames(scenario), scenario.traffic().packets(),
                b -> b, List.of(), List.of());
    }

    /**
     * The same run with other frames.
     *
     * @param frames a fresh iterator from the first frame at every call; closed after the run if
     *               it is {@link AutoCloseable}
     * @param total  number of frames, for progress (-1 if unknown)
     */
    public RunSession withFrames(Supplier<Iterator<InjectedFrame>> frames, long total) {
        return new RunSession(scenario, frames, total, model, preparations, finishers);
    }

    /** The same run with exactly these frames. */
    public RunSession withFrames(List<InjectedFrame> list) {
        List<InjectedFrame> copy = List.copyOf(list);
        return withFrames(copy::iterator, copy.size());
    }

    /** The same run on a model whose options are adjusted (bus latencies, back-pressure, ...). */
    public RunSession withModel(UnaryOperator<NicModelOptions.Builder> adjust) {
        UnaryOperator<NicModelOptions.Builder> before = model;
        return new RunSession(scenario, frames, total, b -> adjust.apply(before.apply(b)), preparations,
                finishers);
    }

    /** The same run on a model that can trace (the default library, not the faster untraced build). */
    public RunSession traceable() {
        return withModel(NicModelOptions.Builder::traceable);
    }

    /** The same run with {@code p} applied to every engine before it runs (watchdog budget, self-test, ...). */
    public RunSession prepare(BiConsumer<NicModel, CoSimulation> p) {
        List<BiConsumer<NicModel, CoSimulation>> all = new ArrayList<>(preparations);
        all.add(p);
        return new RunSession(scenario, frames, total, model, all, finishers);
    }

    /** The same run with {@code f} told of the model after a run that finished, before it closes (e.g. to write its code coverage). */
    public RunSession afterRun(Consumer<NicModel> f) {
        List<Consumer<NicModel>> all = new ArrayList<>(finishers);
        all.add(f);
        return new RunSession(scenario, frames, total, model, preparations, all);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Number of frames (-1 if unknown). */
    public long total() {
        return total;
    }

    /**
     * How the model is opened: seeded from the scenario, with the host memory it needs and the
     * NIC's doorbells; from the untraced build when there is one (a waveform decorator asks for a
     * {@link #traceable()} session).
     */
    public NicModelOptions modelOptions() {
        return model.apply(NicOptions.builder().untraced().seed(scenario.seed())
                .hostMemoryBytes(RunSizing.hostMemoryBytes(scenario)).rxIdle(scenario.bus().rxIdle())
                .readLatency(scenario.bus().readLatency()).writeLatency(scenario.bus().writeLatency())
                .txBackpressure(scenario.bus().txBackpressure())).build();
    }

    /** Runs without an observer. */
    public RunOutcome run() {
        return run(null, Hook.NONE);
    }

    /** Runs, passing every per-packet and per-doorbell result to {@code observer} as it becomes final. */
    public RunOutcome run(RunObserver observer) {
        return run(observer, Hook.NONE);
    }

    /**
     * Runs with {@code hook} told of the model and engine. Simulation failures become a
     * {@link RunOutcome.SimulationError}; anything else the hook or the model throws propagates,
     * after {@link Hook#closing} and with the model closed.
     */
    public RunOutcome run(RunObserver observer, Hook hook) {
        long start = -1;
        Iterator<InjectedFrame> it = null;
        try (NicModel m = NicModel.open(modelOptions())) {
            hook.opened(m);
            try {
                CoSimulation sim = new CoSimulation(scenario, m, observer);
                for (BiConsumer<NicModel, CoSimulation> p : preparations) {
                    p.accept(m, sim);
                }
                start = m.cycle();
                hook.built(m, sim);
                it = frames.get();
                CoSimResult r = sim.run(it, total);
                for (Consumer<NicModel> f : finishers) {
                    f.accept(m);
                }
                return RunOutcome.of(r, start);
            } catch (RuntimeException e) {
                FailureKind kind = FailureKind.ofSimulation(e);
                if (kind == null) {
                    throw e;
                }
                return new RunOutcome.SimulationError(kind, e, start);
            } finally {
                hook.closing(m);
                if (it instanceof AutoCloseable c) {
                    closeQuietly(c);
                }
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // the frames were fully used or the run failed; a close error adds nothing
        }
    }

    /** What a decorator (waveforms, benchmarks) does around a run. */
    public interface Hook {
        Hook NONE = new Hook() {};

        /** The model is open and reset; the driver is not attached yet. */
        default void opened(NicModel model) {
        }

        /** The driver is attached and the engine built and prepared; the run starts next. */
        default void built(NicModel model, CoSimulation sim) {
        }

        /** The run ended (in any way); the model closes next. */
        default void closing(NicModel model) {
        }
    }
}
