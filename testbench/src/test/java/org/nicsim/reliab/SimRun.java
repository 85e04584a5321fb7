package org.nicsim.reliab;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.run.ForwardingRunObserver;
import org.nicsim.run.InjectedFrame;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.session.RecordingObserver;
import org.nicsim.session.RunOutcome;
import org.nicsim.session.RunSession;

/**
 * One co-simulation on the real model with the bridge options, engine setup and frames a
 * reliability test needs; keeps every record. A simulation failure is kept, not thrown, so a
 * test can look at both the exception and what was recorded before it.
 */
final class SimRun extends RecordingObserver {
    final Scenario scenario;
    CoSimResult result;
    RuntimeException failure;

    /** What a test may do with the model and engine before the run starts. */
    interface Setup {
        void apply(NicModel model, CoSimulation sim);
    }

    private SimRun(Scenario s) {
        this.scenario = s;
    }

    static Scenario scenario(String json) {
        return ScenarioLoader.parse(json, List.of());
    }

    /** Runs {@code json}'s generated traffic. */
    static SimRun of(String json, UnaryOperator<NicModelOptions.Builder> options, Setup setup) {
        Scenario s = scenario(json);
        return of(s, options, setup, ScenarioTraffic.frames(s), s.traffic().packets(), m -> { }, m -> { });
    }

    /**
     * Runs {@code frames}; {@code each} sees the model after every host pass (e.g. to write
     * registers while traffic flows), {@code after} once the run ended (model still open, unless
     * it died).
     */
    static SimRun of(Scenario s, UnaryOperator<NicModelOptions.Builder> options, Setup setup,
                     Iterator<InjectedFrame> frames, long total, Consumer<NicModel> each, Consumer<NicModel> after) {
        SimRun run = new SimRun(s);
        NicModel[] open = new NicModel[1];
        RunOutcome o = RunSession.of(s).withModel(options).withFrames(() -> frames, total).prepare(setup::apply)
                .run(new ForwardingRunObserver(run) {
                    @Override
                    public void progress(long done, long all, long cycle) {
                        each.accept(open[0]);
                    }
                }, new RunSession.Hook() {
                    @Override
                    public void opened(NicModel model) {
                        open[0] = model;
                    }

                    @Override
                    public void closing(NicModel model) {
                        after.accept(model);
                    }
                });
        run.result = o.result();
        run.failure = o instanceof RunOutcome.SimulationError e ? e.cause() : null;
        return run;
    }

    /** The first mismatches, for assertion messages. */
    String mismatches() {
        StringBuilder sb = new StringBuilder();
        if (failure != null) {
            sb.append("\n  failure: ").append(failure);
        }
        if (result != null) {
            result.scoreboard().firstMismatches().forEach(m -> sb.append("\n  ").append(m));
        }
        return sb.toString();
    }
}
