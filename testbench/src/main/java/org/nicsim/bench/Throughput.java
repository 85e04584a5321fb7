package org.nicsim.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code nicsim bench [--modes ...] [--variants ...]}: every mode on every build variant, run
 * interleaved on the same frames per traffic profile, then one table per profile and variant and,
 * with more than one variant, what each costs next to the first.
 */
final class Throughput {
    private final Options o;
    private final PrintStream out;
    private final PrintStream err;
    private final Path nativeDir;
    /** Per variant and traffic label: the samples of every mode. */
    private final Map<Variant, Map<String, Map<Mode, List<Sample>>>> all = new EnumMap<>(Variant.class);

    Throughput(Options o, PrintStream out, PrintStream err, Path nativeDir) {
        this.o = o;
        this.out = out;
        this.err = err;
        this.nativeDir = nativeDir;
    }

    void run() throws IOException {
        List<Variant> variants = o.variants.isEmpty() ? List.of(Variant.forRuns(nativeDir)) : o.variants;
        for (Variant v : variants) {
            v.requireBuilt(nativeDir);
        }
        out.printf("# nicsim bench: %d frames per run after %d warm-up frames, %d repetitions, seed %d, variants %s%n",
                o.frames, o.warmup, o.reps, o.seed, variants.stream().map(Variant::label).toList());
        out.printf("# %s%n", Main.machine());
        for (BenchTraffic t : o.traffic) {
            BenchSetup setup = new BenchSetup(t, o.seed);
            FramePool pool = t.pool(Main.POOL_FRAMES, o.seed);
            Path file = Scratch.file("nicsim-bench-frames-", ".bin");
            try {
                pool.write(file);
                Map<Variant, Runner> runners = new EnumMap<>(Variant.class);
                for (Variant v : variants) {
                    CppHarness cpp = o.modes.contains(Mode.CPP) ? new CppHarness(v.harness(nativeDir)) : null;
                    runners.put(v, new Runner(setup, pool, file, cpp, v));
                }
                Map<Variant, Map<Mode, List<Sample>>> samples = measure(runners, t);
                for (Variant v : variants) {
                    all.computeIfAbsent(v, k -> new LinkedHashMap<>()).put(t.label(), samples.get(v));
                    report(t, v, pool, samples.get(v));
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
        if (variants.size() > 1) {
            prices(variants);
        }
    }

    /**
     * Every mode on every variant, once per repetition in the same order (interleaved), so a change
     * of machine load hits every variant and mode alike.
     */
    private Map<Variant, Map<Mode, List<Sample>>> measure(Map<Variant, Runner> runners, BenchTraffic t) {
        // warm-up round: JIT compilation, page cache, CPU caches; results discarded
        for (Runner runner : runners.values()) {
            for (Mode m : o.modes) {
                runner.run(m, 0, Math.max(1000, o.warmup));
            }
        }
        Map<Variant, Map<Mode, List<Sample>>> samples = new EnumMap<>(Variant.class);
        for (int r = 0; r < o.reps; r++) {
            for (Map.Entry<Variant, Runner> e : runners.entrySet()) {
                Variant v = e.getKey();
                for (Mode m : o.modes) {
                    Sample s = e.getValue().run(m, o.warmup, o.frames);
                    samples.computeIfAbsent(v, k -> new EnumMap<>(Mode.class))
                            .computeIfAbsent(m, k -> new ArrayList<>()).add(s);
                    err.printf("  %s %s %s rep %d: %.3f Mcycles/s wall, %.3f Mcycles/s CPU, %.1f cycles/frame%s%n",
                            t.label(), v.label(), m.label(), r + 1, s.cyclesPerSecond() / 1e6,
                            s.cyclesPerCpuSecond() / 1e6, s.cyclesPerFrame(), s.allocated() < 0 ? ""
                                    : String.format(", %.0f B allocated/frame", s.allocatedPerFrame()));
                }
            }
        }
        return samples;
    }

    private void report(BenchTraffic t, Variant v, FramePool pool, Map<Mode, List<Sample>> samples) {
        out.printf("%n## %s (mean frame %.0f bytes), variant %s%n%n", t.label(), pool.meanLength(), v.label());
        out.println("| mode | cycles/frame | Mcycles/s wall (min / median / max) | kframes/s wall (min / median / max) "
                + "| Mcycles per CPU-s (median) | kframes per CPU-s (median) | Java heap B/frame (median) "
                + "| JNI calls/cycle |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<Mode, List<Sample>> e : samples.entrySet()) {
            List<Sample> s = e.getValue();
            Stats c = Stats.of(s, Sample::cyclesPerSecond);
            Stats f = Stats.of(s, Sample::framesPerSecond);
            double x = s.get(0).crossingsPerCycle();
            double alloc = s.get(0).allocated() < 0 ? Double.NaN : Stats.of(s, Sample::allocatedPerFrame).median();
            out.printf("| %s | %.2f | %.3f / %.3f / %.3f | %.1f / %.1f / %.1f | %.3f | %.1f | %s | %s |%n",
                    e.getKey().label(), Stats.of(s, Sample::cyclesPerFrame).median(), c.min() / 1e6, c.median() / 1e6,
                    c.max() / 1e6, f.min() / 1e3, f.median() / 1e3, f.max() / 1e3,
                    Stats.of(s, Sample::cyclesPerCpuSecond).median() / 1e6,
                    Stats.of(s, Sample::framesPerCpuSecond).median() / 1e3,
                    Double.isNaN(alloc) ? "-" : String.format("%.0f", alloc),
                    Double.isNaN(x) ? (e.getKey() == Mode.CPP ? "0" : "batched") : String.format("%.3f", x));
        }
        out.println();
        out.println("| ratio | cycles/s, per repetition (min / median / max) | frames/s (median) "
                + "| cycles per CPU-second, per repetition (min / median / max) |");
        out.println("|---|---|---|---|");
        ratio(samples, Mode.COSIM, Mode.CPP, "1/3 nicsim / C++ harness");
        ratio(samples, Mode.BRIDGE, Mode.CPP, "2/3 bridge only / C++ harness");
        ratio(samples, Mode.COSIM, Mode.PIN, "1/4 nicsim / per-signal");
    }

    private void ratio(Map<Mode, List<Sample>> samples, Mode a, Mode b, String label) {
        List<Sample> x = samples.get(a);
        List<Sample> y = samples.get(b);
        if (x == null || y == null) {
            return;
        }
        double[] wall = new double[Math.min(x.size(), y.size())];
        double[] cpu = new double[wall.length];
        for (int i = 0; i < wall.length; i++) {   // repetition i of both modes ran back to back
            wall[i] = x.get(i).cyclesPerSecond() / y.get(i).cyclesPerSecond();
            cpu[i] = x.get(i).cyclesPerCpuSecond() / y.get(i).cyclesPerCpuSecond();
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        double frames = Stats.of(x, Sample::framesPerSecond).median() / Stats.of(y, Sample::framesPerSecond).median();
        out.printf("| %s | %.3f / %.3f / %.3f | %.3f | %.3f / %.3f / %.3f |%n", label, wall[0], Stats.median(wall),
                wall[wall.length - 1], frames, cpu[0], Stats.median(cpu), cpu[cpu.length - 1]);
    }

    /** Each variant's speed per CPU-second next to the first variant's, per traffic profile and mode. */
    private void prices(List<Variant> variants) {
        Variant base = variants.get(0);
        out.printf("%n## Build variants (Mcycles per CPU-second, median; relative to %s)%n%n", base.label());
        out.println("| traffic | mode | " + String.join(" | ", variants.stream().map(Variant::label).toList()) + " |");
        out.println("|---|---|" + "---|".repeat(variants.size()));
        for (BenchTraffic t : o.traffic) {
            for (Mode m : o.modes) {
                double b = median(base, t, m);
                StringBuilder row = new StringBuilder("| " + t.label() + " | " + m.label() + " |");
                for (Variant v : variants) {
                    double c = median(v, t, m);
                    row.append(String.format(" %.3f (%+.0f %%) |", c / 1e6, 100 * (c / b - 1)));
                }
                out.println(row);
            }
        }
    }

    private double median(Variant v, BenchTraffic t, Mode m) {
        return Stats.of(all.get(v).get(t.label()).get(m), Sample::cyclesPerCpuSecond).median();
    }
}
