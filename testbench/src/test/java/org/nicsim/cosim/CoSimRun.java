package org.nicsim.cosim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

    private CoSimRun(String json, Consumer<CoSimulation> setup) {
        this.scenario = ScenarioLoader.parse(json, List.of());
        try (NicModel model = NicModel.open(NicOptions.builder().seed(scenario.seed())
                .hostMemoryBytes(CoSimulation.hostMemoryBytes(scenario)).build())) {
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
        return new CoSimRun(json, s -> { });
    }

    static CoSimRun of(String json, Consumer<CoSimulation> setup) {
        return new CoSimRun(json, setup);
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
