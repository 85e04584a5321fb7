package org.nicsim.cosim;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.run.StageFinding;
import org.nicsim.run.TxHardware;
import org.nicsim.run.TxPosted;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.session.RecordingObserver;
import org.nicsim.session.RunOutcome;
import org.nicsim.session.RunSession;

/** Runs a scenario given as JSON text on the real model and keeps every record for assertions. */
final class CoSimRun extends RecordingObserver {
    final Scenario scenario;
    final CoSimResult result;
    /** Every TX slot's stages as the TX stage check reported them, in order. */
    final List<TxStageReport> txStages = new java.util.ArrayList<>();

    record TxStageReport(long source, TxHardware hardware, TxPosted posted, StageFinding first) {
    }

    private CoSimRun(String json, Consumer<CoSimulation> setup, UnaryOperator<NicModelOptions.Builder> options) {
        this.scenario = ScenarioLoader.parse(json, List.of());
        RunOutcome o = RunSession.of(scenario).withModel(options).prepare((model, sim) -> setup.accept(sim)).run(this);
        if (o instanceof RunOutcome.SimulationError e) {
            throw e.cause();
        }
        this.result = o.result();
    }

    @Override
    public void txStages(long source, TxHardware hardware, TxPosted posted, StageFinding first) {
        txStages.add(new TxStageReport(source, hardware, posted, first));
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

    /** A readable account of the first mismatches, for assertion messages. */
    String mismatches() {
        StringBuilder sb = new StringBuilder();
        result.scoreboard().firstMismatches().forEach(m -> sb.append("\n  ").append(m));
        return sb.toString();
    }
}
