package org.nicsim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicPins;
import org.nicsim.cosim.NicOptions;

/**
 * {@code nicsim bench}: simulation speed of the four ways to drive the same Verilated nic_top with
 * the same frames (see {@link Mode}), with the ratios that matter, plus memory flatness over run
 * length, two-seed scaling on two cores and start-up time. Not a test: run it on a quiet machine.
 *
 * <pre>
 * bench [--frames N] [--warmup N] [--reps N] [--traffic 64B,IMIX] [--modes 1,2,3,4] [--seed S] [--variants V,...]
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
     * {@code err}). Results go to {@code out}, per-repetition progress to {@code err}. A frame file
     * or temporary file that cannot be written throws {@link org.nicsim.report.OutputWriteException}
     * naming it (exit 3 from the command line).
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("nicsim bench: " + e.getMessage());
            err.println("usage: ./nicsim bench [options]   (./nicsim bench --help for details)");
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
        if (o.modes.contains(Mode.PIN)) {
            crossingCost(o, out);
        }
        new Throughput(o, out, err, nativeDir()).run();
    }

    /**
     * What one per-signal crossing costs next to one evaluation of the model: the two numbers that
     * bound ratio 1/4 (a cycle of mode 4 is two evaluations plus its JNI calls).
     */
    private static void crossingCost(Options o, PrintStream out) {
        BenchSetup setup = new BenchSetup(BenchTraffic.SMALL, o.seed);
        Variant v = o.variants.isEmpty() ? Variant.forRuns(nativeDir()) : o.variants.get(0);
        try (NicModel m = NicModel.open(v.apply(NicOptions.builder()).seed(o.seed)
                .hostMemoryBytes(setup.hostMemoryBytes()).build())) {
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
                            + "no BFMs, variant %s): %.0f ns%s%n", (t1 - t0) / 200_000.0, v.label(),
                            (t2 - t1) / 20_000.0, sink < 0 ? "!" : "");
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

    static Path nativeDir() {
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
