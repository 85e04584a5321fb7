package org.nicsim.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.bridge.NicModel;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.run.InjectedFrame;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.session.RunOutcome;
import org.nicsim.session.RunSession;
import org.nicsim.session.WaveRecorder;
import org.nicsim.session.WaveRun;

/**
 * On-failure when the simulation itself fails: the failure is returned (not thrown),
 * and the traced re-run shows the cycles up to it. The failure is a stall declared while frame 120
 * is due, at whatever cycle the model has reached then — deterministic, like a real one.
 */
class SimulationFailureWaveTest {
    @TempDir
    Path dir;

    @Test
    void aStallIsReturnedWithAWaveformEndingWhereItWasDeclared() throws Exception {
        Scenario s = ScenarioLoader.parse("{\"seed\":4,\"app\":\"sink\",\"traffic\":{\"packets\":300}}", List.of());
        NicModel[] model = new NicModel[1];
        RunSession stalling = RunSession.of(s).prepare((m, sim) -> model[0] = m).withFrames(() -> {
            Iterator<InjectedFrame> it = ScenarioTraffic.frames(s);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public InjectedFrame next() {
                    InjectedFrame f = it.next();
                    if (f.index() == 120) {
                        throw new SimulationStallException("test stall before frame 120", model[0].cycle());
                    }
                    return f;
                }
            };
        }, s.traffic().packets());
        WaveRun r = new WaveRecorder(WaveSettings.in(dir)).run(stalling, Runs.spec("on-failure"), null);
        SimulationStallException stall = assertInstanceOf(SimulationStallException.class,
                ((RunOutcome.SimulationError) r.outcome()).cause());
        assertNull(r.outcome().result());
        WaveCapture w = r.wave();
        assertNotNull(w, r.note());
        assertTrue(w.reproduced(), "the re-run stalls at the same cycle");
        assertEquals(stall.cycle(), w.markerCycle());
        assertEquals(stall.cycle() - 1, w.lastCycle(), "the stall is declared before its cycle is simulated");
        FstDump d = FstDump.read(w.fst());
        assertEquals(w.lastCycle() * 4000 + 2000, d.lastTime);
        assertEquals(stall.cycle() * 4000, new GtkwText(w.gtkw()).marker());
    }
}
