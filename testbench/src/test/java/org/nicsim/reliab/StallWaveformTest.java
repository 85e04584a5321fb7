package org.nicsim.reliab;

import org.nicsim.cosim.NicOptions;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.InjectedFrame;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.WaveSpec;
import org.nicsim.wave.RunSetup;
import org.nicsim.wave.WaveRun;
import org.nicsim.wave.WaveRunner;
import org.nicsim.wave.WaveSettings;

/**
 * A stall leaves a waveform of its last cycles (under {@code wave: on-failure}, and also with
 * waveforms off): from the last cycle
 * that made progress (what the exception reports, whatever the budget) up to the cycle the stall
 * was declared.
 */
class StallWaveformTest {
    @TempDir
    Path dir;

    private static RunSetup stuckTx(Scenario s) {
        return new RunSetup() {
            @Override
            public Scenario scenario() {
                return s;
            }

            @Override
            public Iterator<InjectedFrame> frames() {
                return ScenarioTraffic.frames(s);
            }

            @Override
            public long total() {
                return s.traffic().packets();
            }

            @Override
            public NicModelOptions modelOptions() {
                return NicOptions.builder().seed(7).hostMemoryBytes(CoSimulation.hostMemoryBytes(s))
                        .txBackpressure(0.999999).build();
            }

            @Override
            public void prepare(NicModel model, CoSimulation sim) {
                sim.setStallCycles(3_000);
            }
        };
    }

    /** TX is stuck behind a sink that (almost) never takes a beat while 1500 frames are received. */
    private static Scenario stuckTxScenario(String wave) {
        return SimRun.scenario("{\"seed\":7,\"cpus\":1,\"queues\":1,\"app\":\"sink\",\"traffic\":{\"packets\":1500},"
                + "\"wave\":\"" + wave + "\",\"tx\":{\"batches\":[{\"cpu\":0,\"sizes\":[64,64,64]}]}}");
    }

    @Test
    void aStallWritesAWaveformFromTheLastProgressToTheDeclaredCycle() throws Exception {
        Scenario s = stuckTxScenario("on-failure");
        WaveRun run = new WaveRunner(WaveSettings.in(dir).withMargins(100, 100)).run(stuckTx(s), s.wave(), null);
        SimulationStallException e = assertInstanceOf(SimulationStallException.class, run.failure());
        assertNotNull(run.wave(), run.note());
        assertTrue(Files.size(run.wave().fst()) > 0);
        assertTrue(run.wave().firstCycle() <= e.lastProgressCycle(), run.wave().describe() + " vs " + e.getMessage());
        assertTrue(run.wave().lastCycle() >= e.cycle() - 1, run.wave().describe() + " vs stall at " + e.cycle());
        // RX traffic keeps the run alive for tens of thousands of cycles after TX stopped; with a
        // 3000-cycle budget the waveform covers about that much, not everything since cycle 0
        assertTrue(run.wave().lastCycle() - run.wave().firstCycle() < 3_000 + 2_000, run.wave().describe());
    }

    @Test
    void aStallWritesAWaveformEvenWithWaveformsOff() throws Exception {
        Scenario s = stuckTxScenario("off");
        WaveRun run = new WaveRunner(WaveSettings.in(dir).withMargins(100, 100)).run(stuckTx(s), s.wave(), null);
        SimulationStallException e = assertInstanceOf(SimulationStallException.class, run.failure());
        assertNotNull(run.wave(), "a stall is debugged from its waveform: " + run.note());
        assertTrue(run.wave().firstCycle() <= e.lastProgressCycle() && run.wave().lastCycle() >= e.cycle() - 1,
                run.wave().describe());
    }
}
