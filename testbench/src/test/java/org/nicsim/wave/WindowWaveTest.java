package org.nicsim.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.bridge.NicModel;
import org.nicsim.session.WaveRecorder;
import org.nicsim.session.WaveRun;

/** On and window:A-B trace exactly the cycles asked for, without changing the run. */
class WindowWaveTest {
    // forwarding, so the run has doorbells (with cycles) as well as frames; attach ends near cycle 250
    private static final String FORWARD = "{\"seed\":5,\"app\":\"forward\",\"traffic\":{\"packets\":300}}";

    @TempDir
    Path dir;

    @Test
    void aWindowTracesExactlyCyclesAToB() throws Exception {
        // 4321 and 6789 are off the 256-cycle service grid: the engine must cut its slices there
        Runs r = Runs.of(FORWARD, "window:4321-6789", dir);
        FstDump d = FstDump.read(r.run.wave().fst());
        assertEquals(4321L * 4000, d.firstTime, "cycle 4321 starts at 17284 ns");
        assertEquals(6789L * 4000 + 2000, d.lastTime, "the rising edge of cycle 6789 is the last time");
        assertEquals(2L * (6789 - 4321 + 1), d.timeStamps, "two time stamps (clock low, clock high) per cycle");
        assertEquals(4321, r.run.wave().firstCycle());
        assertEquals(6789, r.run.wave().lastCycle());
    }

    @Test
    void tracingAWindowLeavesTheRunUnchanged() {
        Runs plain = Runs.of(FORWARD, "off", dir.resolve("off"));
        Runs traced = Runs.of(FORWARD, "window:1000-9999", dir.resolve("win"));
        assertEquals(plain.packets(), traced.packets());
        assertEquals(plain.doorbells(), traced.doorbells(), "doorbells carry their bus cycle");
        assertFalse(plain.doorbells().isEmpty());
        assertEquals(plain.run.outcome().result().cycles(), traced.run.outcome().result().cycles());
    }

    @Test
    void theSameSeedGivesAByteIdenticalFst() throws Exception {
        Runs a = Runs.of(FORWARD, "window:2000-7000", dir.resolve("a"));
        Runs b = Runs.of(FORWARD, "window:2000-7000", dir.resolve("b"));
        assertEquals(-1L, Files.mismatch(a.run.wave().fst(), b.run.wave().fst()));
    }

    @Test
    void onTracesFromTheEndOfResetToTheEndOfTheRun() throws Exception {
        Runs r = Runs.of(FORWARD, "on", dir);
        FstDump d = FstDump.read(r.run.wave().fst());
        assertEquals(NicModel.RESET_CYCLES * 4000L, d.firstTime, "the model is opened (and reset) before tracing");
        assertEquals(r.run.wave().lastCycle() * 4000 + 2000, d.lastTime);
        assertTrue(r.run.wave().lastCycle() >= r.run.outcome().result().cycles(), "the whole run is in the dump");
    }

    @Test
    void aWindowAfterTheRunWritesNoWaveformAndSaysWhy() {
        Runs r = Runs.of(FORWARD, "window:100000000-100000100", dir);
        assertNull(r.run.wave());
        assertTrue(r.run.note().contains("100000000..100000100"), r.run.note());
        assertFalse(Files.exists(dir.resolve("wave.fst")));
    }

    @Test
    void aShallowTraceHoldsEverySignalItsSaveFileShows() throws Exception {
        Runs r = Runs.of(FORWARD, "window:3000-3500", dir);
        Path shallow = dir.resolve("shallow");
        WaveRun s = new WaveRecorder(WaveSettings.in(shallow).withLevels(1)).run(
                Runs.session(org.nicsim.scenario.ScenarioLoader.parse(FORWARD, java.util.List.of()), null),
                Runs.spec("window:3000-3500"), null);
        FstDump d = FstDump.read(s.wave().fst());
        GtkwText g = new GtkwText(s.wave().gtkw());
        assertTrue(d.names.containsAll(g.signals), "levels 1 keeps only top-level ports in the save file");
        assertTrue(Files.size(s.wave().fst()) < Files.size(r.run.wave().fst()), "fewer signals, smaller dump");
    }
}
