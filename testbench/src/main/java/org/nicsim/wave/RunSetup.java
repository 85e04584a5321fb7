package org.nicsim.wave;

import org.nicsim.cosim.NicOptions;
import java.util.Iterator;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.InjectedFrame;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.scenario.Scenario;

/**
 * Everything needed to run the same co-simulation again from scratch: a failure is captured by a
 * deterministic re-run, so every call must give the same model, the same frames and the same
 * preparation.
 */
public interface RunSetup {
    /** The scenario as run (seed included). */
    Scenario scenario();

    /** The RX frames from the first, as a fresh iterator; closed after the run if it is {@link AutoCloseable}. */
    Iterator<InjectedFrame> frames();

    /** Number of frames, for progress (-1 if unknown). */
    long total();

    /** How the model is opened: by default seeded from the scenario, with the host memory it needs. */
    default NicModelOptions modelOptions() {
        return NicOptions.builder().seed(scenario().seed())
                .hostMemoryBytes(CoSimulation.hostMemoryBytes(scenario())).build();
    }

    /** Called on every fresh model and co-simulation before the run (e.g. a scoreboard self-test). */
    default void prepare(NicModel model, CoSimulation sim) {
    }

    /** The scenario with its own generator traffic. */
    static RunSetup generated(Scenario scenario) {
        return new RunSetup() {
            @Override
            public Scenario scenario() {
                return scenario;
            }

            @Override
            public Iterator<InjectedFrame> frames() {
                return ScenarioTraffic.frames(scenario);
            }

            @Override
            public long total() {
                return scenario.traffic().packets();
            }
        };
    }
}
