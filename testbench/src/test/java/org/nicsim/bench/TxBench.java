package org.nicsim.bench;

import org.nicsim.cosim.NicOptions;
import static org.nicsim.driver.NicRegisters.CTRL;
import static org.nicsim.driver.NicRegisters.CTRL_TX_EN;
import static org.nicsim.driver.NicRegisters.STATUS;
import static org.nicsim.driver.NicRegisters.STATUS_TX_IDLE;
import static org.nicsim.driver.NicRegisters.TXQ_BASE_HI;
import static org.nicsim.driver.NicRegisters.TXQ_BASE_LO;
import static org.nicsim.driver.NicRegisters.TXQ_SIZE;
import static org.nicsim.driver.NicRegisters.TXQ_TAIL;
import static org.nicsim.driver.NicRegisters.queueReg;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.bridge.TxFrame;

/**
 * TX benchmark through the full nic_top (axil_regs, tx_engine, axi_dma_arb) and the bridge's BFMs,
 * in simulated clock cycles:
 * <ul>
 *   <li>sustained throughput, cycles per frame, for 64-, 512- and 1514-byte frames with one, four
 *       and sixteen queues busy (every descriptor RS, buffers 8-byte aligned, the sink always ready);
 *   <li>doorbell-to-first-byte latency on an idle engine: the cycle the TXQ_TAIL write is accepted
 *       on the AXI4-Lite bus (the bridge's DOORBELL event) to the first beat of the frame on the
 *       stream ({@link TxFrame#firstCycle()}).
 * </ul>
 * A plain main class, not a test. Arguments: {@code [readLatency ...]} (default 16 4).
 */
public final class TxBench {
    private static final long MEM_BASE = 0x1_0000_0000L;
    private static final int MEM_BYTES = 1 << 20;
    private static final int RING = 4096;
    private static final int FRAMES = 2400;          // per throughput run, all queues together
    private static final int WARMUP = 400;           // frames left out of the steady-state window

    private TxBench() {}

    public static void main(String[] args) {
        int[] latencies = args.length == 0 ? new int[] {16, 4} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int lat : latencies) {
            System.out.printf(Locale.ROOT, "# slave read latency %d cycles, write latency 4, 8 bursts outstanding%n", lat);
            System.out.println("| frame | queues | cycles/frame | frames measured | stream utilisation |");
            System.out.println("|---|---|---|---|---|");
            for (int len : new int[] {64, 512, 1514}) {
                for (int queues : new int[] {1, 4, 16}) {
                    throughput(lat, len, queues);
                }
            }
            System.out.println();
            System.out.println("| frame | doorbell -> first byte, cycles (min / mean / max of 20) |");
            System.out.println("|---|---|");
            for (int len : new int[] {64, 512, 1514}) {
                latency(lat, len);
            }
            System.out.println();
        }
    }

    private static NicModel open(int readLatency) {
        return NicModel.open(NicOptions.builder().seed(1).hostMemoryBase(MEM_BASE).hostMemoryBytes(MEM_BYTES)
                .readLatency(readLatency).build());
    }

    /** Programs queue q with a ring at host offset ringOff and fills n descriptors pointing at buffer bufOff. */
    private static void fillRing(NicModel nic, int q, int ringOff, int n, int bufOff, int len) {
        ByteBuffer mem = nic.hostMemory();
        long base = MEM_BASE + ringOff;
        nic.mmioWrite(queueReg(q, TXQ_BASE_LO), (int) base);
        nic.mmioWrite(queueReg(q, TXQ_BASE_HI), (int) (base >>> 32));
        nic.mmioWrite(queueReg(q, TXQ_SIZE), RING);
        for (int i = 0; i < n; i++) {
            int o = ringOff + 16 * i;
            mem.putLong(o, MEM_BASE + bufOff);
            mem.putShort(o + 8, (short) len);
            mem.put(o + 10, (byte) 0b11);    // EOP | RS
            mem.put(o + 11, (byte) 0);
            mem.putInt(o + 12, i);
        }
    }

    private static void throughput(int readLatency, int len, int queues) {
        try (NicModel nic = open(readLatency)) {
            int perQueue = FRAMES / queues;
            for (int q = 0; q < queues; q++) {
                int bufOff = 0x80000 + q * 0x1000;
                for (int i = 0; i < len; i++) {
                    nic.hostMemory().put(bufOff + i, (byte) (i * 7 + q));
                }
                fillRing(nic, q, q * RING * 16, perQueue, bufOff, len);
            }
            for (int q = 0; q < queues; q++) {
                nic.mmioWrite(queueReg(q, TXQ_TAIL), perQueue);
            }
            nic.mmioWrite(CTRL, CTRL_TX_EN);
            List<TxFrame> out = new ArrayList<>();
            int total = perQueue * queues;
            while (out.size() < total) {
                nic.run(100_000, 0);
                out.addAll(nic.drainTx());
            }
            for (TxFrame f : out) {
                if (f.length() != len) {
                    throw new IllegalStateException("frame of " + f.length() + " bytes, expected " + len);
                }
            }
            // steady state: from the last beat of frame WARMUP to the last beat of the last frame
            long span = out.get(total - 1).lastCycle() - out.get(WARMUP - 1).lastCycle();
            int n = total - WARMUP;
            double cpf = (double) span / n;
            double beats = (len + 7) / 8;
            System.out.printf(Locale.ROOT, "| %d B | %d | %.2f | %d | %.1f %% |%n", len, queues, cpf, n, 100 * beats / cpf);
        }
    }

    private static void latency(int readLatency, int len) {
        try (NicModel nic = open(readLatency)) {
            int bufOff = 0x80000;
            for (int i = 0; i < len; i++) {
                nic.hostMemory().put(bufOff + i, (byte) i);
            }
            fillRing(nic, 0, 0, 20, bufOff, len);
            nic.mmioWrite(CTRL, CTRL_TX_EN);
            nic.mmioDrain(10_000);
            nic.run(1_000, 0);
            nic.drainEvents();
            long min = Long.MAX_VALUE, max = 0, sum = 0;
            for (int i = 1; i <= 20; i++) {
                nic.mmioWrite(queueReg(0, TXQ_TAIL), i);
                nic.run(100_000, EventKind.TX_CAPTURED.bit());
                List<TxFrame> f = nic.drainTx();
                long bell = -1;
                for (BridgeEvent e : nic.drainEvents()) {
                    if (e.kind() == EventKind.DOORBELL) {
                        bell = e.cycle();
                    }
                }
                if (f.size() != 1 || bell < 0) {
                    throw new IllegalStateException("expected one frame and one doorbell, got " + f.size() + " frames");
                }
                long lat = f.get(0).firstCycle() - bell;
                min = Math.min(min, lat);
                max = Math.max(max, lat);
                sum += lat;
                // let the write-back finish and the engine go idle before the next doorbell
                while ((nic.mmioRead(STATUS) & STATUS_TX_IDLE) == 0) {
                    nic.run(50, 0);
                }
                nic.run(200, 0);
                nic.drainEvents();
            }
            System.out.printf(Locale.ROOT, "| %d B | %d / %.1f / %d |%n", len, min, sum / 20.0, max);
        }
    }
}
