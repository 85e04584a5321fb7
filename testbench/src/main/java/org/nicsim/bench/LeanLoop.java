package org.nicsim.bench;

import java.util.ArrayDeque;
import java.util.List;
import org.nicsim.driver.DriverConfig;
import org.nicsim.driver.NicDriver;
import org.nicsim.driver.RxCompletion;
import org.nicsim.driver.TxSource;

/**
 * The lean host loop: the Java driver services the rings with nothing else on the path (no
 * dispatch model, no scoreboard, no outputs). Every received frame is forwarded on the TX ring of
 * its queue. The C++ harness (jni/src/bench/cpp_harness.cpp) runs this very loop step for step,
 * so both simulate the same cycles for the same frames.
 *
 * <p>Per pass: top the RX source up to {@link BenchSetup#DEPTH} frames, run
 * {@link BenchSetup#INTERVAL} cycles, then for every queue whose interrupt line is high:
 * acknowledge, wait for the write, harvest and refill (one tail write), start TX with what came
 * in; then reclaim every TX ring (restarting where frames wait) and count the frames sent.
 */
public final class LeanLoop {
    private LeanLoop() {}

    /**
     * Attaches the driver to {@code target}, runs {@code warmup + count} frames of {@code pool}
     * and measures the window after the warm-up.
     *
     * @throws IllegalStateException if no frame is received or sent for {@link BenchSetup#STALL_CYCLES}
     */
    public static Sample run(Mode mode, HostTarget target, BenchSetup setup, FramePool pool, long warmup, long count) {
        DriverConfig cfg = setup.driverConfig();
        NicDriver driver = NicDriver.attach(target, cfg);
        target.mmioDrain(BenchSetup.MMIO_DRAIN_CYCLES);
        target.irqLevel();   // attach traffic: nothing to service
        int queues = driver.queues();
        @SuppressWarnings("unchecked")
        ArrayDeque<byte[]>[] backlog = new ArrayDeque[queues];
        TxSource[] sources = new TxSource[queues];
        for (int q = 0; q < queues; q++) {
            ArrayDeque<byte[]> b = new ArrayDeque<>();
            backlog[q] = b;
            sources[q] = new TxSource() {
                @Override
                public boolean isEmpty() {
                    return b.isEmpty();
                }

                @Override
                public byte[] dequeue() {
                    return b.pollFirst();
                }
            };
        }
        long total = warmup + count;
        long injected = 0;
        long received = 0;
        long sent = 0;
        long lastDone = 0;
        long progressCycle = target.cycle();
        Window window = new Window(warmup, total);
        window.pass(0, target.cycle(), target.crossings());
        while (sent < total) {
            for (int room = injected < total ? BenchSetup.DEPTH - target.rxPending() : 0; room > 0 && injected < total;
                    room--) {
                target.injectFrame(pool.frame(injected++), setup.traffic().gapCycles());
            }
            target.run(BenchSetup.INTERVAL);
            int irq = target.irqLevel();
            for (int q = 0; q < queues; q++) {
                if ((irq & (1 << q)) == 0) {
                    continue;
                }
                driver.clearIrq(1 << q);
                target.mmioDrain(BenchSetup.MMIO_DRAIN_CYCLES);
                List<RxCompletion> got = driver.rxHarvest(q, cfg.rxRingSize());
                for (RxCompletion c : got) {
                    backlog[q].addLast(c.frame());
                }
                received += got.size();
                if (!backlog[q].isEmpty()) {
                    driver.txStart(q, sources[q]);
                }
            }
            for (int q = 0; q < queues; q++) {
                if (driver.txReclaim(q) > 0 && !backlog[q].isEmpty()) {
                    driver.txStart(q, sources[q]);
                }
            }
            sent += target.drainTransmitted();
            window.pass(sent, target.cycle(), target.crossings());
            if (received + sent != lastDone) {
                lastDone = received + sent;
                progressCycle = target.cycle();
            } else if (target.cycle() - progressCycle > BenchSetup.STALL_CYCLES) {
                throw new IllegalStateException(mode.label() + ": no progress for " + BenchSetup.STALL_CYCLES
                        + " cycles: " + injected + " injected, " + received + " received, " + sent
                        + " transmitted (frames dropped?)");
            }
        }
        return window.sample(mode);
    }
}
