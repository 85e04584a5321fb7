package org.nicsim.bench;

/**
 * The measurement window of a run: it opens at the first host pass where {@code warmup} frames
 * are done (so start-up, JIT compilation of the first frames and the pipeline filling stay out)
 * and closes at the last pass, once all {@code total} frames are done.
 *
 * <p>The clocks (wall, thread CPU, allocated bytes) are read only at the passes that can open or
 * close the window, as the C++ harness reads its own: the thread CPU clock is a system call, and
 * read on every pass it would be part of what the window measures.
 */
final class Window {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** HotSpot's per-thread allocation counter (TLAB accounting, cheap to read); null on other JVMs. */
    private static final com.sun.management.ThreadMXBean ALLOCATION =
            THREADS instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported() ? t : null;

    private final long warmup;
    private final long total;
    private boolean open;
    private boolean closed;
    private long t0;
    private long cpu0;
    private long a0 = -1;
    private long c0;
    private long f0;
    private long x0 = -1;
    private long t1;
    private long cpu1;
    private long a1 = -1;
    private long c1;
    private long f1;
    private long x1 = -1;

    /** A window over the frames after the first {@code warmup} of {@code total}. */
    Window(long warmup, long total) {
        if (warmup < 0 || total < warmup) {
            throw new IllegalArgumentException("window: warmup " + warmup + " of " + total + " frames");
        }
        this.warmup = warmup;
        this.total = total;
    }

    /** Called after every host pass with the frames done so far, the current cycle and the JNI calls so far (-1: not counted). */
    void pass(long done, long cycle, long crossings) {
        boolean opens = !open && done >= warmup;
        if (!opens && done < total) {
            return;
        }
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = ALLOCATION == null ? -1 : ALLOCATION.getCurrentThreadAllocatedBytes();
        if (opens) {
            open = true;
            t0 = now;
            cpu0 = cpu;
            a0 = allocated;
            c0 = cycle;
            f0 = done;
            x0 = crossings;
        }
        // every pass with all frames done may be the last one: the latest of them closes the window
        closed = done >= total;
        t1 = now;
        cpu1 = cpu;
        a1 = allocated;
        c1 = cycle;
        f1 = done;
        x1 = crossings;
    }

    /** Called after every host pass with the frames done so far and the current cycle. */
    void pass(long done, long cycle) {
        pass(done, cycle, -1);
    }

    /** @throws IllegalStateException if the run ended before all its frames were done */
    Sample sample(Mode mode) {
        if (!closed) {
            throw new IllegalStateException(mode.label() + ": the run ended with " + f1 + " of " + total
                    + " frames done; no measurement");
        }
        return new Sample(mode, f1 - f0, c1 - c0, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, x0 < 0 ? -1 : x1 - x0,
                a0 < 0 ? -1 : a1 - a0);
    }
}
