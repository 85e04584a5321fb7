package org.nicsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.scenario.WaveSpec;
import org.nicsim.session.RunSession;
import org.nicsim.session.WaveRecorder;
import org.nicsim.session.WaveRun;
import org.nicsim.wave.WaveSettings;

/**
 * Waveform cost, not a timed test: throughput of the default scenario (forwarding, so
 * RX, TX and doorbells are all busy) with tracing off, on-failure on a passing run, and on at
 * several trace depths, plus FST bytes per million traced cycles. Each configuration runs
 * {@code repeats} times and the fastest wall time is kept (the machine is shared).
 *
 * <pre>
 * mvn -q -o install -DskipTests
 * java -Dnicsim.root=$PWD -cp testbench/target/classes:waveforms/target/classes:$(cat testbench/target/classpath.txt) \
 *      org.nicsim.bench.WaveBenchmark [packets=5000] [repeats=3]
 * </pre>
 */
public final class WaveBenchmark {
    private WaveBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long packets = args.length > 0 ? Long.parseLong(args[0]) : 5000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Scenario s = ScenarioLoader.parse("{\"app\":\"forward\",\"traffic\":{\"packets\":" + packets + "}}", List.of());
        Path out = Path.of("target", "wave-bench");
        System.out.printf("scenario: default, app forward, %d packets, seed %d; best of %d%n%n", packets, s.seed(),
                repeats);
        System.out.println("| wave | levels | simulated cycles | wall s | cycles/s | packets/s | FST bytes | FST MB per 1M cycles |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        RunSession.of(s).run();   // JIT warm-up
        measure(s, "off", WaveSettings.DEFAULT_LEVELS, out, repeats);
        measure(s, "on-failure", WaveSettings.DEFAULT_LEVELS, out, repeats);
        for (int levels : new int[] {1, 2, 3, 4, 0}) {
            measure(s, "on", levels, out, repeats);
        }
        failureCapture(s, out, repeats);
    }

    /** On-failure on a failing run (model with another RSS key): what the capture re-run adds. */
    private static void failureCapture(Scenario s, Path out, int repeats) throws IOException {
        byte[] wrong = new byte[40];
        java.util.Arrays.fill(wrong, (byte) 0x5A);
        RunSession failing = RunSession.of(s).prepare((model, sim) -> sim.overrideModelKey(wrong));
        WaveSpec onFailure = ScenarioLoader.parse("{\"wave\":\"on-failure\"}", List.of()).wave();
        double plain = Double.MAX_VALUE;
        double captured = Double.MAX_VALUE;
        WaveRun last = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            failing.run();
            long t1 = System.nanoTime();
            last = new WaveRecorder(WaveSettings.in(out)).run(failing, onFailure, null);
            long t2 = System.nanoTime();
            plain = Math.min(plain, (t1 - t0) / 1e9);
            captured = Math.min(captured, (t2 - t1) / 1e9);
        }
        System.out.printf("%nfailing run (wrong model key): wave off %.2f s, on-failure %.2f s (capture re-run of cycles "
                + "%d..%d, %d bytes, first mismatch at cycle %d)%n", plain, captured, last.wave().firstCycle(),
                last.wave().lastCycle(), Files.size(last.wave().fst()), last.wave().markerCycle());
    }

    private static void measure(Scenario s, String wave, int levels, Path out, int repeats) throws IOException {
        WaveSpec spec = ScenarioLoader.parse("{\"wave\":\"" + wave + "\"}", List.of()).wave();
        WaveRecorder recorder = new WaveRecorder(WaveSettings.in(out).withLevels(levels));
        double best = Double.MAX_VALUE;
        CoSimResult result = null;
        long bytes = 0;
        long traced = 0;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            WaveRun r = recorder.run(RunSession.of(s), spec, null);
            double wall = (System.nanoTime() - t0) / 1e9;
            result = r.outcome().result();
            if (result == null) {
                throw new IllegalStateException("benchmark run failed: " + r.outcome());
            }
            if (wall < best) {
                best = wall;
            }
            if (r.wave() != null) {
                bytes = Files.size(r.wave().fst());
                traced = r.wave().lastCycle() - r.wave().firstCycle() + 1;
            }
        }
        System.out.printf("| %s | %s | %d | %.2f | %.0f | %.0f | %s | %s |%n", wave, wave.equals("on") ? levels : "-",
                result.cycles(), best, result.cycles() / best, result.injected() / best,
                bytes == 0 ? "-" : String.valueOf(bytes), bytes == 0 ? "-" : String.format("%.1f", (double) bytes / traced));
    }
}
