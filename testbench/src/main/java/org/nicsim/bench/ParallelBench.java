package org.nicsim.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code nicsim bench --parallel}: one seed alone against two seeds on two threads (one model
 * each), the regression runner's scaling on two cores.
 */
final class ParallelBench {
    private ParallelBench() {}

    static void run(Options o, PrintStream out) throws InterruptedException {
        BenchTraffic t = o.traffic.get(0);
        FramePool pool = t.pool(Main.POOL_FRAMES, o.seed);
        out.printf("# nicsim bench --parallel: co-simulation (mode 1) of %d %s frames per seed, %d repetitions%n",
                o.frames, t.label(), o.reps);
        out.printf("# %s%n%n", Main.machine());
        CoSimRunner.run(new BenchSetup(t, o.seed), pool, 0, Math.max(1000, o.warmup), null);   // JIT warm-up
        double[] speedups = new double[o.reps];
        out.println("| repetition | one seed (kframes/s) | two seeds on two threads (kframes/s, together) | speed-up |");
        out.println("|---|---|---|---|");
        for (int r = 0; r < o.reps; r++) {
            long t0 = System.nanoTime();
            CoSimRunner.run(new BenchSetup(t, o.seed), pool, 0, o.frames, null);
            double one = o.frames / ((System.nanoTime() - t0) / 1e9);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            long t1 = System.nanoTime();
            for (int k = 0; k < 2; k++) {
                long seed = o.seed + k;
                Thread th = new Thread(() -> {
                    try {
                        CoSimRunner.run(new BenchSetup(t, seed), pool, 0, o.frames, null);
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                }, "bench-seed-" + seed);
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) {
                th.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("a parallel run failed", failure.get());
            }
            double two = 2.0 * o.frames / ((System.nanoTime() - t1) / 1e9);
            speedups[r] = two / one;
            out.printf("| %d | %.1f | %.1f | %.2f |%n", r + 1, one / 1e3, two / 1e3, speedups[r]);
        }
        Arrays.sort(speedups);
        out.printf("%nspeed-up min / median / max: %.2f / %.2f / %.2f%n", speedups[0], Stats.median(speedups),
                speedups[speedups.length - 1]);
    }
}
