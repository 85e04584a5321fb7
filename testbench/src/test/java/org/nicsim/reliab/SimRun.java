package org.nicsim.reliab;

import org.nicsim.cosim.NicOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.DoorbellRecord;
import org.nicsim.cosim.InjectedFrame;
import org.nicsim.cosim.PacketRecord;
import org.nicsim.cosim.RunObserver;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;

/**
 * One co-simulation on the real model with the bridge options, engine setup and frames a
 * reliability test needs; keeps every record. A simulation failure is kept, not thrown, so a
 * test can look at both the exception and what was recorded before it.
 */
final class SimRun {
    final Scenario scenario;
    final List<PacketRecord> packets = new ArrayList<>();
    final List<DoorbellRecord> doorbells = new ArrayList<>();
    final List<byte[]> transmitted = new ArrayList<>();
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
        NicModelOptions.Builder b = NicOptions.builder().seed(s.seed()).hostMemoryBytes(CoSimulation.hostMemoryBytes(s));
        try (NicModel model = NicModel.open(options.apply(b).build())) {
            try {
                CoSimulation sim = new CoSimulation(s, model, run.observer(model, each));
                setup.apply(model, sim);
                run.result = sim.run(frames, total);
            } catch (RuntimeException e) {
                run.failure = e;
            }
            after.accept(model);
        }
        return run;
    }

    private RunObserver observer(NicModel model, Consumer<NicModel> each) {
        return new RunObserver() {
            @Override
            public void packet(PacketRecord r) {
                packets.add(r);
            }

            @Override
            public void doorbell(DoorbellRecord d) {
                doorbells.add(d);
            }

            @Override
            public void transmitted(byte[] frame, long cycle) {
                transmitted.add(frame);
            }

            @Override
            public void progress(long done, long total, long cycle) {
                each.accept(model);
            }
        };
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
