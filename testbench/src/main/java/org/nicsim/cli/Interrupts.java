package org.nicsim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SIGINT and SIGTERM end a run cleanly. The JVM runs shutdown hooks on either signal; ours raises
 * a flag that the simulation loop polls once per service interval (a few microseconds of
 * simulated time), so the run stops on its own thread, closes the model there, finishes the
 * waveform and per-frame files at a record boundary and writes its reports with status
 * {@code interrupted}; the hook waits for that, then the JVM exits with 128 + the signal
 * (130, 143). A second signal, or a run that does not settle within {@link #GRACE_SECONDS}, ends
 * the process at once.
 */
final class Interrupts {
    /** How long the hook waits for the reports before the JVM exits anyway. */
    static final int GRACE_SECONDS = 20;
    /** The exit status an interrupted command returns in-process (the JVM's own is 130 or 143). */
    static final int STATUS = 130;

    private static volatile boolean requested;
    private static final AtomicInteger WATCHING = new AtomicInteger();
    private static final CountDownLatch SETTLED = new CountDownLatch(1);

    private Interrupts() {
    }

    /** Installs the hook; {@link Main#main} only (tests run commands in-process without it). */
    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(Interrupts::onShutdown, "nicsim-interrupt"));
    }

    private static void onShutdown() {
        if (SETTLED.getCount() == 0 || WATCHING.get() == 0) {
            return;   // an ordinary exit, or a command with nothing to save (bench, usage): exit at once
        }
        requested = true;
        try {
            SETTLED.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Marks a stretch (a run, a regression, a sweep) that polls {@link #check} and writes reports
     * when stopped, so the hook waits for it; close the returned guard when it is over.
     */
    static Watch watch() {
        WATCHING.incrementAndGet();
        return WATCHING::decrementAndGet;
    }

    /** The end of a {@link #watch} stretch. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether a signal asked the run to stop. */
    static boolean requested() {
        return requested;
    }

    /** Throws {@link RunInterruptedException} once a signal has asked the run to stop. */
    static void check(long cycle) {
        if (requested) {
            throw new RunInterruptedException(cycle);
        }
    }

    /** The command finished (its reports are written): the hook may let the JVM exit. */
    static void settled() {
        SETTLED.countDown();
    }

    /** A run stopped by a signal; unwinds the simulation to the command, which reports it. */
    static final class RunInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long cycle;

        RunInterruptedException(long cycle) {
            super("interrupted by SIGINT or SIGTERM at cycle " + cycle + "; the outputs hold the frames finished until then");
            this.cycle = cycle;
        }

        long cycle() {
            return cycle;
        }
    }
}
