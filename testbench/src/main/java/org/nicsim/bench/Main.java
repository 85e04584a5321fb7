package org.nicsim.bench;

import org.nicsim.cosim.NicOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicPins;
import org.nicsim.bridge.NicModelOptions;

/**
 * {@code nicsim bench}: simulation speed of the four ways to drive the same Verilated nic_top with
 * the same frames (see {@link Mode}), with the ratios that matter, plus memory flatness over run
 * length, two-seed scaling on two cores and start-up time. Not a test: run it on a quiet machine.
 *
 * <pre>
 * bench [--frames N] [--warmup N] [--reps N] [--traffic 64B,IMIX] [--modes 1,2,3,4] [--seed S]
 * bench --memory 100000,300000,1000000      heap and RSS of one co-simulation run at those frame counts
 * bench --parallel [--frames N]             one seed vs two seeds on two threads (one model each)
 * bench --startup                           JVM start to the driver attached
 * </pre>
 */
public final class Main {
    static final int POOL_FRAMES = 1024;
    /** The options, for {@code --help}. */
    public static final String USAGE = Options.USAGE;

    private Main() {}

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);   // only on error: under mvn exec:java an exit would end Maven's JVM
        }
    }

    /**
     * Runs the benchmark; returns the process exit status (0 done, 2 usage error, reported on
     * {@code err}). Results go to {@code out}, per-repetition progress to {@code err}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("nicsim bench: " + e.getMessage());
            err.println(Options.USAGE);
            return 2;
        }
        if (o.help) {
            out.println(Options.USAGE);
            return 0;
        }
        Locale.setDefault(Locale.ROOT);
        if (o.writeFrames != null) {
            BenchTraffic t = o.traffic.get(0);
            Path file = Path.of(o.writeFrames).toAbsolutePath();
            t.pool(POOL_FRAMES, o.seed).write(file);
            out.println(nativeDir().resolve(CppHarness.EXECUTABLE) + " frames=" + file + " count=" + o.frames + " warmup="
                    + o.warmup + " " + String.join(" ", new BenchSetup(t, o.seed).harnessArgs()));
        } else if (o.startup) {
            Startup.measure(o, out);
        } else if (o.memory != null) {
            memory(o, out);
        } else if (o.parallel) {
            ParallelBench.run(o, out);
        } else {
            throughput(o, out, err);
        }
        return 0;
    }

    // ------------------------------------------------------------------------------- throughput

    private static void throughput(Options o, PrintStream out, PrintStream err) throws IOException {
        out.printf("# nicsim bench: %d frames per run after %d warm-up frames, %d repetitions, seed %d%n", o.frames,
                o.warmup, o.reps, o.seed);
        out.printf("# %s%n", machine());
        CppHarness cpp = o.modes.contains(Mode.CPP) ? new CppHarness(nativeDir()) : null;
        if (o.modes.contains(Mode.PIN)) {
            crossingCost(o, out);
        }
        for (BenchTraffic t : o.traffic) {
            BenchSetup setup = new BenchSetup(t, o.seed);
            FramePool pool = t.pool(POOL_FRAMES, o.seed);
            Path file = Files.createTempFile("nicsim-bench-frames-", ".bin");
            try {
                pool.write(file);
                Runner runner = new Runner(setup, pool, file, cpp);
                // warm-up round: JIT compilation, page cache, CPU caches; results discarded
                for (Mode m : o.modes) {
                    runner.run(m, 0, Math.max(1000, o.warmup));
                }
                Map<Mode, List<Sample>> samples = new EnumMap<>(Mode.class);
                for (int r = 0; r < o.reps; r++) {
                    for (Mode m : o.modes) {   // interleaved, so a load change hits every mode alike
                        Sample s = runner.run(m, o.warmup, o.frames);
                        samples.computeIfAbsent(m, k -> new ArrayList<>()).add(s);
                        err.printf("  %s %s rep %d: %.3f Mcycles/s wall, %.3f Mcycles/s CPU, %.1f cycles/frame%n",
                                t.label(), m.label(), r + 1, s.cyclesPerSecond() / 1e6, s.cyclesPerCpuSecond() / 1e6,
                                s.cyclesPerFrame());
                    }
                }
                report(out, t, pool, samples);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void report(PrintStream out, BenchTraffic t, FramePool pool, Map<Mode, List<Sample>> samples) {
        out.printf("%n## %s (mean frame %.0f bytes)%n%n", t.label(), pool.meanLength());
        out.println("| mode | cycles/frame | Mcycles/s wall (min / median / max) | kframes/s wall (min / median / max) "
                + "| Mcycles/s per CPU-second (median) | JNI calls/cycle |");
        out.println("|---|---|---|---|---|---|");
        for (Map.Entry<Mode, List<Sample>> e : samples.entrySet()) {
            List<Sample> s = e.getValue();
            Stats c = Stats.of(s, Sample::cyclesPerSecond);
            Stats f = Stats.of(s, Sample::framesPerSecond);
            Stats cpu = Stats.of(s, Sample::cyclesPerCpuSecond);
            double x = s.get(0).crossingsPerCycle();
            out.printf("| %s | %.2f | %.3f / %.3f / %.3f | %.1f / %.1f / %.1f | %.3f | %s |%n", e.getKey().label(),
                    Stats.of(s, Sample::cyclesPerFrame).median(), c.min() / 1e6, c.median() / 1e6, c.max() / 1e6,
                    f.min() / 1e3, f.median() / 1e3, f.max() / 1e3, cpu.median() / 1e6,
                    Double.isNaN(x) ? (e.getKey() == Mode.CPP ? "0" : "batched") : String.format("%.3f", x));
        }
        out.println();
        out.println("| ratio | cycles/s, per repetition (min / median / max) | frames/s (median) | cycles per CPU-second (median) |");
        out.println("|---|---|---|---|");
        ratio(out, samples, Mode.COSIM, Mode.CPP, "1/3 nicsim / C++ harness");
        ratio(out, samples, Mode.BRIDGE, Mode.CPP, "2/3 bridge only / C++ harness");
        ratio(out, samples, Mode.COSIM, Mode.PIN, "1/4 nicsim / per-signal");
    }

    private static void ratio(PrintStream out, Map<Mode, List<Sample>> samples, Mode a, Mode b, String label) {
        List<Sample> x = samples.get(a);
        List<Sample> y = samples.get(b);
        if (x == null || y == null) {
            return;
        }
        double[] paired = new double[Math.min(x.size(), y.size())];
        for (int i = 0; i < paired.length; i++) {
            paired[i] = x.get(i).cyclesPerSecond() / y.get(i).cyclesPerSecond();
        }
        Arrays.sort(paired);
        double frames = Stats.of(x, Sample::framesPerSecond).median() / Stats.of(y, Sample::framesPerSecond).median();
        double cpu = Stats.of(x, Sample::cyclesPerCpuSecond).median() / Stats.of(y, Sample::cyclesPerCpuSecond).median();
        out.printf("| %s | %.3f / %.3f / %.3f | %.3f | %.3f |%n", label, paired[0], Stats.median(paired),
                paired[paired.length - 1], frames, cpu);
    }

    /**
     * What one per-signal crossing costs next to one evaluation of the model: the two numbers that
     * bound ratio 1/4 (a cycle of mode 4 is two evaluations plus its JNI calls).
     */
    private static void crossingCost(Options o, PrintStream out) {
        BenchSetup setup = new BenchSetup(BenchTraffic.SMALL, o.seed);
        try (NicModel m = NicModel.open(NicOptions.builder().seed(o.seed).hostMemoryBytes(setup.hostMemoryBytes())
                .build())) {
            NicPins pins = m.pins();
            pins.setPinMode(true);
            int irq = pins.portId("irq");
            int clk = pins.portId("clk");
            long sink = 0;
            for (int round = 0; round < 2; round++) {   // the first round warms the JIT up
                long t0 = System.nanoTime();
                for (int i = 0; i < 200_000; i++) {
                    sink += pins.peek(irq);
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < 20_000; i++) {
                    pins.poke(clk, 0);
                    pins.eval();
                    pins.poke(clk, 1);
                    pins.eval();
                }
                long t2 = System.nanoTime();
                if (round == 1) {
                    out.printf("# per-signal crossing: peek %.0f ns; an idle nic_top cycle (2 pokes + 2 evaluations, "
                            + "no BFMs): %.0f ns%s%n", (t1 - t0) / 200_000.0, (t2 - t1) / 20_000.0, sink < 0 ? "!" : "");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------ memory

    private static void memory(Options o, PrintStream out) {
        long[] points = o.memory.clone();
        Arrays.sort(points);
        long total = points[points.length - 1];
        BenchTraffic t = o.traffic.get(0);
        out.printf("# nicsim bench --memory: one co-simulation run (mode 1, outputs streamed) of %d %s frames, "
                + "max heap %d MiB%n", total, t.label(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf("# %s%n%n", machine());
        out.println("| frames done | heap used after GC (MiB) | heap committed (MiB) | process RSS (MiB) | peak RSS (MiB) | elapsed (s) |");
        out.println("|---|---|---|---|---|---|");
        long start = System.nanoTime();
        int[] next = {0};
        CoSimRunner.run(new BenchSetup(t, o.seed), t.pool(POOL_FRAMES, o.seed), 0, total, (done, cycle) -> {
            if (next[0] < points.length && done >= points[next[0]]) {
                System.gc();
                Runtime rt = Runtime.getRuntime();
                long used = rt.totalMemory() - rt.freeMemory();
                out.printf("| %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", done, used / 1048576.0,
                        rt.totalMemory() / 1048576.0, ProcStatus.kib("VmRSS") / 1024.0, ProcStatus.kib("VmHWM") / 1024.0,
                        (System.nanoTime() - start) / 1e9);
                out.flush();
                while (next[0] < points.length && done >= points[next[0]]) {
                    next[0]++;
                }
            }
        });
    }

    // ----------------------------------------------------------------------------------- helpers

    private static Path nativeDir() {
        String dir = System.getProperty("nicsim.native.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("NICSIM_NATIVE_DIR");
        }
        if (dir == null || dir.isBlank()) {
            String root = System.getProperty("nicsim.root", ".");
            return Path.of(root, "jni", "target", "native");
        }
        return Path.of(dir);
    }

    static String machine() {
        return String.format("%d CPUs, %s; Java %s; load average %.2f", Runtime.getRuntime().availableProcessors(),
                ProcStatus.cpuModel(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
