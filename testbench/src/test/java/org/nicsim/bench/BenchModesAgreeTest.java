package org.nicsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark compares speeds only if every mode does the same simulated work. The native BFMs
 * (jni/src/main/native) are the reference: the Java per-signal BFMs and the C++ harness's host
 * loop must reproduce them cycle for cycle, so equal frames must take equal cycles.
 */
class BenchModesAgreeTest {
    private static final int FRAMES = 300;

    @TempDir
    Path dir;

    private Runner runner(BenchTraffic t) throws Exception {
        Path nativeDir = Path.of(System.getProperty("nicsim.native.dir"));
        return runner(t, Variant.forRuns(nativeDir));
    }

    private Runner runner(BenchTraffic t, Variant v) throws Exception {
        FramePool pool = t.pool(64, 7);
        Path file = dir.resolve("frames.bin");
        pool.write(file);
        Path nativeDir = Path.of(System.getProperty("nicsim.native.dir"));
        CppHarness cpp = Files.isExecutable(v.harness(nativeDir)) ? new CppHarness(v.harness(nativeDir)) : null;
        return new Runner(new BenchSetup(t, 7), pool, file, cpp, v);
    }

    @Test
    void theTracedAndUntracedBuildsTakeTheSameCycles() throws Exception {
        Sample traced = runner(BenchTraffic.SMALL, Variant.TRACED).run(Mode.CPP, 0, FRAMES);
        Sample untraced = runner(BenchTraffic.SMALL, Variant.NOTRACE).run(Mode.CPP, 0, FRAMES);
        assertEquals(traced.frames(), untraced.frames());
        assertEquals(traced.cycles(), untraced.cycles());
    }

    @Test
    void theProfileTrainingTrafficTakesTheBenchmarksCyclesPerFrame() throws Exception {
        // the profile-guided build trains on frames the harness generates itself (frames=synthetic:T):
        // they must all come back out (the harness fails on a stall) and load the model as the
        // benchmark's frames do, or the profile would optimise for other work
        Path nativeDir = Path.of(System.getProperty("nicsim.native.dir"));
        CppHarness cpp = new CppHarness(Variant.TRACED.harness(nativeDir));
        for (BenchTraffic t : BenchTraffic.values()) {
            Sample bench = runner(t, Variant.TRACED).run(Mode.CPP, 0, FRAMES);
            Sample training = cpp.run(new BenchSetup(t, 7), Path.of("synthetic:" + t.label()), 0, FRAMES);
            double perFrame = (double) bench.cycles() / bench.frames();
            double trainingPerFrame = (double) training.cycles() / training.frames();
            assertEquals(perFrame, trainingPerFrame, 0.05 * perFrame, t.label() + " cycles per frame");
        }
    }

    @Test
    void theCoSimulationReportsItsJavaAllocationPerFrame() throws Exception {
        Sample s = runner(BenchTraffic.SMALL).run(Mode.COSIM, 50, FRAMES);
        assertTrue(s.allocated() > 0, "allocated " + s.allocated());
        assertTrue(runner(BenchTraffic.SMALL).run(Mode.CPP, 0, FRAMES).allocated() < 0, "the C++ harness has no Java heap");
    }

    @Test
    void perSignalBfmsTakeTheSameCyclesAsTheNativeBfms() throws Exception {
        Runner r = runner(BenchTraffic.IMIX);
        Sample bridge = r.run(Mode.BRIDGE, 0, FRAMES);
        Sample pins = r.run(Mode.PIN, 0, FRAMES);
        assertEquals(FRAMES, bridge.frames());
        assertEquals(bridge.frames(), pins.frames());
        assertEquals(bridge.cycles(), pins.cycles());
    }

    @Test
    void cppHarnessTakesTheSameCyclesAsTheJavaLeanLoop() throws Exception {
        Runner r = runner(BenchTraffic.SMALL);
        Sample bridge = r.run(Mode.BRIDGE, 0, FRAMES);
        Sample cpp = r.run(Mode.CPP, 0, FRAMES);
        assertEquals(bridge.frames(), cpp.frames());
        assertEquals(bridge.cycles(), cpp.cycles());
    }

    @Test
    void skippingTheEdgesInputCombinationalPassChangesNoCycleAndNoTransmittedByte() throws Exception {
        // gate-ico.sh: the rising edge's eval() skips the pass the eval() before it already made;
        // the same run evaluating it every time must transmit the same bytes at the same cycles
        Path nativeDir = Path.of(System.getProperty("nicsim.native.dir"));
        CppHarness cpp = new CppHarness(Variant.NOTRACE.harness(nativeDir));
        for (BenchTraffic t : BenchTraffic.values()) {
            FramePool pool = t.pool(64, 7);
            Path file = dir.resolve(t.label() + ".bin");
            pool.write(file);
            BenchSetup setup = new BenchSetup(t, 7);
            Map<String, String> every = cpp.measure(setup, file, 0, FRAMES, List.of("ico=every", "digest=on"));
            Map<String, String> gated = cpp.measure(setup, file, 0, FRAMES, List.of("ico=gated", "digest=on"));
            assertEquals("every", every.get("ico"), t.label());
            assertTrue(every.get("digest").matches("[0-9a-f]{16}"), t.label() + " digest " + every.get("digest"));
            for (String k : List.of("total_cycles", "received", "transmitted", "digest")) {
                assertEquals(every.get(k), gated.get(k), t.label() + " " + k);
            }
            assertEquals(String.valueOf(FRAMES), gated.get("transmitted"), t.label());
            if (verilatorVersion().startsWith("Verilator 5.006 ")) {
                // the generated code gate-ico.sh knows: the gate must be in effect, or this compared nothing
                assertEquals("gated", gated.get("ico"), "the build did not gate the region (see its gate-ico.sh line)");
            }
        }
    }

    private static String verilatorVersion() throws Exception {
        Process p = new ProcessBuilder("verilator", "--version").redirectErrorStream(true).start();
        String v = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), v);
        return v;
    }

    @Test
    void coSimulationForwardsEveryPacedSmallFrame() throws Exception {
        // the 64-byte profile's RX gap keeps the offered load under the forwarding rate: no ifq drops
        Sample s = runner(BenchTraffic.SMALL).run(Mode.COSIM, 0, FRAMES);
        assertEquals(FRAMES, s.frames());
        assertTrue(s.cyclesPerFrame() >= 8 + BenchTraffic.SMALL.gapCycles(), "cycles/frame " + s.cyclesPerFrame());
    }

    @Test
    void everyPoolFrameHasItsSlotSize() {
        FramePool p = BenchTraffic.IMIX.pool(24, 3);
        int[] want = {64, 576, 64, 64, 576, 64, 1514, 64, 576, 64, 64, 576};
        for (int i = 0; i < 24; i++) {
            assertEquals(want[i % 12], p.frame(i).length, "frame " + i);
        }
    }
}
