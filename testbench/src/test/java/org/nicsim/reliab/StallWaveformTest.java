package org.nicsim.reliab;

import org.nicsim.cosim.NicOptions;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.WaveSpec;
import org.nicsim.session.RunOutcome;
import org.nicsim.session.RunSession;
import org.nicsim.session.WaveRecorder;
import org.nicsim.session.WaveRun;
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

    private static RunSession stuckTx(Scenario s) {
        return RunSession.of(s).withModel(b -> b.txBackpressure(0.999999))
                .prepare((model, sim) -> sim.setStallCycles(3_000));
    }

    /** TX is stuck behind a sink that (almost) never takes a beat while 1500 frames are received. */
    private static Scenario stuckTxScenario(String wave) {
        return SimRun.scenario("{\"seed\":7,\"cpus\":1,\"queues\":1,\"app\":\"sink\",\"traffic\":{\"packets\":1500},"
                + "\"wave\":\"" + wave + "\",\"tx\":{\"batches\":[{\"cpu\":0,\"sizes\":[64,64,64]}]}}");
    }

    @Test
    void aStallWritesAWaveformFromTheLastProgressToTheDeclaredCycle() throws Exception {
        Scenario s = stuckTxScenario("on-failure");
        WaveRun run = new WaveRecorder(WaveSettings.in(dir).withMargins(100, 100)).run(stuckTx(s), s.wave(), null);
        SimulationStallException e = assertInstanceOf(SimulationStallException.class,
                ((RunOutcome.SimulationError) run.outcome()).cause());
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
        WaveRun run = new WaveRecorder(WaveSettings.in(dir).withMargins(100, 100)).run(stuckTx(s), s.wave(), null);
        SimulationStallException e = assertInstanceOf(SimulationStallException.class,
                ((RunOutcome.SimulationError) run.outcome()).cause());
        assertNotNull(run.wave(), "a stall is debugged from its waveform: " + run.note());
        assertTrue(run.wave().firstCycle() <= e.lastProgressCycle() && run.wave().lastCycle() >= e.cycle() - 1,
                run.wave().describe());
    }
}
