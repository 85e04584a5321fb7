package org.nicsim.bench;

/**
 * The measurement window of a run: it opens at the first host pass where {@code warmup} frames
 * are done (so start-up, JIT compilation of the first frames and the pipeline filling stay out)
 * and closes at the last pass.
 */
final class Window {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** HotSpot's per-thread allocation counter (TLAB accounting, cheap to read); null on other JVMs. */
    private static final com.sun.management.ThreadMXBean ALLOCATION =
            THREADS instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported() ? t : null;

    private final long warmup;
    private boolean open;
    private long t0;
    private long cpu0;
    private long cpu1;
    private long a0 = -1;
    private long a1 = -1;
    private long c0;
    private long f0;
    private long t1;
    private long c1;
    private long f1;

    Window(long warmup) {
        this.warmup = warmup;
    }

    private long x0 = -1;
    private long x1 = -1;

    /** Called after every host pass with the frames done so far, the current cycle and the JNI calls so far (-1: not counted). */
    void pass(long done, long cycle, long crossings) {
        pass(done, cycle);
        if (x0 < 0 && open) {
            x0 = crossings;
        }
        x1 = crossings;
    }

    /** Called after every host pass with the frames done so far and the current cycle. */
    void pass(long done, long cycle) {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = ALLOCATION == null ? -1 : ALLOCATION.getCurrentThreadAllocatedBytes();
        if (!open && done >= warmup) {
            open = true;
            t0 = now;
            cpu0 = cpu;
            a0 = allocated;
            c0 = cycle;
            f0 = done;
        }
        t1 = now;
        cpu1 = cpu;
        a1 = allocated;
        c1 = cycle;
        f1 = done;
    }

    Sample sample(Mode mode) {
        return new Sample(mode, f1 - f0, c1 - c0, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, x0 < 0 ? -1 : x1 - x0,
                a0 < 0 ? -1 : a1 - a0);
    }
}
