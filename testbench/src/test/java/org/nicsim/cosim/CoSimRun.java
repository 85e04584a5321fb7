package org.nicsim.cosim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;

/** Runs a scenario given as JSON text on the real model and keeps every record for assertions. */
final class CoSimRun {
    final Scenario scenario;
    final CoSimResult result;
    final List<PacketRecord> packets = new ArrayList<>();
    final List<DoorbellRecord> doorbells = new ArrayList<>();
    final List<byte[]> transmitted = new ArrayList<>();

    private CoSimRun(String json, Consumer<CoSimulation> setup, UnaryOperator<NicModelOptions.Builder> options) {
        this.scenario = ScenarioLoader.parse(json, List.of());
        try (NicModel model = NicModel.open(options.apply(NicOptions.builder().seed(scenario.seed())
                .hostMemoryBytes(CoSimulation.hostMemoryBytes(scenario))).build())) {
            CoSimulation sim = new CoSimulation(scenario, model, new RunObserver() {
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
            });
            setup.accept(sim);
            this.result = sim.run(ScenarioTraffic.frames(scenario), scenario.traffic().packets());
        }
    }

    static CoSimRun of(String json) {
        return new CoSimRun(json, s -> { }, o -> o);
    }

    /** Runs on a model opened with {@code options} applied (another NUM_QUEUES build, say). */
    static CoSimRun onModel(String json, UnaryOperator<NicModelOptions.Builder> options) {
        return new CoSimRun(json, s -> { }, options);
    }

    static CoSimRun of(String json, Consumer<CoSimulation> setup) {
        return new CoSimRun(json, setup, o -> o);
    }

    long count(Fate f) {
        return packets.stream().filter(p -> p.fate() == f).count();
    }

    /** A readable account of the first mismatches, for assertion messages. */
    String mismatches() {
        StringBuilder sb = new StringBuilder();
        result.scoreboard().firstMismatches().forEach(m -> sb.append("\n  ").append(m));
        return sb.toString();
    }
}
