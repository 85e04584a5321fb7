package org.nicsim.bench;

import org.nicsim.cosim.NicOptions;
import static org.nicsim.driver.NicRegisters.CTRL;
import static org.nicsim.driver.NicRegisters.CTRL_RX_EN;
import static org.nicsim.driver.NicRegisters.IRQ_MASK;
import static org.nicsim.driver.NicRegisters.RSS_HASH_TYPES;
import static org.nicsim.driver.NicRegisters.RXQ_BASE_HI;
import static org.nicsim.driver.NicRegisters.RXQ_BASE_LO;
import static org.nicsim.driver.NicRegisters.RXQ_HEAD;
import static org.nicsim.driver.NicRegisters.RXQ_SIZE;
import static org.nicsim.driver.NicRegisters.RXQ_TAIL;
import static org.nicsim.driver.NicRegisters.RX_DELIVERED;
import static org.nicsim.driver.NicRegisters.RX_DROP_ERROR;
import static org.nicsim.driver.NicRegisters.RX_DROP_NOBUF;
import static org.nicsim.driver.NicRegisters.STATUS;
import static org.nicsim.driver.NicRegisters.queueReg;
import static org.nicsim.driver.NicRegisters.retaWord;
import static org.nicsim.driver.NicRegisters.rssKeyWord;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.model.rss.ToeplitzKey;
import org.nicsim.traffic.frame.FrameBuilder;
import org.nicsim.traffic.frame.Ipv4Header;
import org.nicsim.traffic.frame.MacAddress;
import org.nicsim.traffic.frame.TcpHeader;

/**
 * RX benchmark of the Verilator nic_top (RX datapath behind axi_dma_arb, TX idle): sustained
 * cycles per frame for 64-, 512- and 1514-byte frames with buffers always available (the loop
 * reads RXQ_HEAD and moves TAIL to HEAD-1 so rings never run dry), on 1 and on 16 queues; and the
 * latency of one frame into an idle NIC, from the cycle its last beat is accepted to its data AW,
 * its write-back AW and the rise of its irq line.
 *
 * <p>Run (after {@code mvn -q -o install -DskipTests} and {@code mvn -q -o test-compile -pl testbench}):
 * <pre>
 * java -Dnicsim.root=$PWD -cp testbench/target/test-classes:testbench/target/classes:$(cat testbench/target/classpath.txt) \
 *     org.nicsim.bench.RxBench
 * </pre>
 * Host memory: 16-cycle read latency, 4-cycle write response, 8 outstanding bursts (the bridge
 * defaults). Cycle numbers are edge indices as the bridge's event log gives them.
 */
public final class RxBench {
    private static final long BASE = 0x1_0000_0000L;
    private static final int MEMORY = 32 << 20;
    private static final int RING = 1024;

    private final NicModel nic;
    private final ByteBuffer mem;
    private final int queues;
    private final int bufferStride;
    private final int[] tail;

    private RxBench(int queues, int frameLength) {
        this.nic = NicModel.open(NicOptions.builder().seed(1).hostMemoryBase(BASE).hostMemoryBytes(MEMORY).build());
        this.mem = nic.hostMemory();
        this.queues = queues;
        this.bufferStride = (frameLength + 63) & ~63;
        this.tail = new int[queues];
        ToeplitzKey key = ToeplitzKey.DEFAULT;
        for (int i = 0; i < 10; i++) {
            nic.mmioWrite(rssKeyWord(i), key.registerWord(i));
        }
        for (int w = 0; w < 32; w++) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                v |= ((4 * w + k) % queues) << (8 * k);
            }
            nic.mmioWrite(retaWord(w), v);
        }
        nic.mmioWrite(RSS_HASH_TYPES, 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 9);
        for (int q = 0; q < queues; q++) {
            long ring = ringAddress(q);
            nic.mmioWrite(queueReg(q, RXQ_BASE_LO), (int) ring);
            nic.mmioWrite(queueReg(q, RXQ_BASE_HI), (int) (ring >>> 32));
            nic.mmioWrite(queueReg(q, RXQ_SIZE), RING);
            for (int i = 0; i < RING; i++) {
                writeDescriptor(q, i);
            }
            tail[q] = RING - 1;
            nic.mmioWrite(queueReg(q, RXQ_TAIL), tail[q]);
        }
        nic.mmioWrite(IRQ_MASK, 0xFFFF);
        nic.mmioWrite(CTRL, CTRL_RX_EN);
        nic.mmioDrain(100_000);
        nic.drainEvents();
    }

    private long ringAddress(int q) {
        return BASE + (long) q * RING * 16;
    }

    private long bufferAddress(int q, int i) {
        return BASE + (1L << 20) + ((long) q * RING + i) * bufferStride;
    }

    private void writeDescriptor(int q, int i) {
        int d = (int) (ringAddress(q) - BASE) + 16 * i;
        mem.putLong(d, bufferAddress(q, i));
        mem.putLong(d + 8, bufferStride & 0xFFFF);
    }

    /** Moves every TAIL up to HEAD-1, re-posting the written-back descriptors first. */
    private void refill() {
        for (int q = 0; q < queues; q++) {
            int head = nic.mmioRead(queueReg(q, RXQ_HEAD));
            int want = (head - 1) & (RING - 1);
            if (want == tail[q]) {
                continue;
            }
            for (int i = tail[q]; i != want; i = (i + 1) & (RING - 1)) {
                writeDescriptor(q, i);
            }
            tail[q] = want;
            nic.mmioWrite(queueReg(q, RXQ_TAIL), want);
        }
    }

    private static byte[] frame(int flow, int length) {
        try {
            InetAddress src = InetAddress.getByAddress(new byte[] {10, 1, (byte) (flow >> 8), (byte) flow});
            InetAddress dst = InetAddress.getByAddress(new byte[] {(byte) 192, (byte) 168, 3, (byte) (flow * 7)});
            return new FrameBuilder().destination(MacAddress.parse("02:00:00:00:00:01"))
                    .source(MacAddress.parse("02:00:00:00:00:02"))
                    .ipv4(Ipv4Header.builder().source((java.net.Inet4Address) src)
                            .destination((java.net.Inet4Address) dst).build())
                    .transport(TcpHeader.ack(1024 + flow, 80, 1, 1)).frameLength(length).build();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Result of one throughput run. */
    record Throughput(int length, int queues, int frames, double steadyCyclesPerFrame, double overallCyclesPerFrame,
                      long delivered, long dropped) {
    }

    private Throughput throughput(int length, int frames) {
        List<byte[]> flows = new ArrayList<>();
        for (int f = 0; f < 256; f++) {
            flows.add(frame(f, length));
        }
        List<Long> accepted = new ArrayList<>(frames);
        int injected = 0;
        long budget = 400L * frames + 100_000;
        long start = nic.cycle();
        while (accepted.size() < frames) {
            while (injected < frames && nic.rxPending() < 32) {
                nic.injectFrame(flows.get(injected % flows.size()), false, 0);
                injected++;
            }
            nic.run(128, 0);
            refill();
            for (BridgeEvent e : nic.drainEvents()) {
                if (e.kind() == EventKind.RX_ACCEPTED) {
                    accepted.add(e.cycle());
                }
            }
            if (nic.cycle() - start > budget) {
                throw new IllegalStateException("benchmark stalled at " + accepted.size() + " frames");
            }
        }
        while ((nic.mmioRead(STATUS) & 1) == 0) {
            nic.run(64, 0);
            refill();
        }
        long idle = nic.cycle();
        int warm = frames / 4;
        double steady = (double) (accepted.get(frames - 1) - accepted.get(warm)) / (frames - 1 - warm);
        double overall = (double) (idle - accepted.get(0)) / frames;
        long delivered = Integer.toUnsignedLong(nic.mmioRead(RX_DELIVERED));
        long dropped = Integer.toUnsignedLong(nic.mmioRead(RX_DROP_NOBUF))
                + Integer.toUnsignedLong(nic.mmioRead(RX_DROP_ERROR));
        return new Throughput(length, queues, frames, steady, overall, delivered, dropped);
    }

    /** Latency of one frame into an idle NIC: last beat accepted to data AW, write-back AW, irq. */
    record Latency(int length, long toDataAw, long toWriteBackAw, long toIrq) {
    }

    private Latency latency(int length) {
        int q = 0;
        int head = nic.mmioRead(queueReg(q, RXQ_HEAD));
        long buffer = bufferAddress(q, head);
        long descriptor = ringAddress(q) + 16L * head;
        byte[] f = frame(0, length); // built with one queue: RETA sends every frame to queue 0
        nic.injectFrame(f, false, 0);
        long acceptedAt = -1;
        long dataAw = -1;
        long wbAw = -1;
        long irq = -1;
        int awvalid = nic.pins().portId("m_axi_awvalid");
        int awaddr = nic.pins().portId("m_axi_awaddr");
        for (int n = 0; n < 20_000 && irq < 0; n++) {
            nic.run(1, 0);
            for (BridgeEvent e : nic.drainEvents()) {
                if (e.kind() == EventKind.RX_ACCEPTED) {
                    acceptedAt = e.cycle();
                } else if (e.kind() == EventKind.IRQ_RISE) {
                    irq = e.cycle();
                }
            }
            if (nic.pins().peek(awvalid) != 0) {
                long a = nic.pins().peek(awaddr);
                if (a == buffer && dataAw < 0) {
                    dataAw = nic.cycle(); // presented at this edge index
                } else if (a == descriptor && wbAw < 0) {
                    wbAw = nic.cycle();
                }
            }
        }
        return new Latency(length, dataAw - acceptedAt, wbAw - acceptedAt, irq - acceptedAt);
    }

    /** Runs every measurement and prints a Markdown table. */
    public static void main(String[] args) {
        int[][] runs = {{64, 1, 40_000}, {64, 16, 40_000}, {512, 1, 8_000}, {512, 16, 8_000}, {1514, 1, 4_000},
                {1514, 16, 4_000}};
        System.out.println("| frame bytes | queues | frames | steady cycles/frame | overall cycles/frame | delivered | dropped |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int[] r : runs) {
            RxBench b = new RxBench(r[1], r[0]);
            Throughput t = b.throughput(r[0], r[2]);
            b.nic.close();
            System.out.println(String.format(Locale.ROOT, "| %d | %d | %d | %.2f | %.2f | %d | %d |", t.length(),
                    t.queues(), t.frames(), t.steadyCyclesPerFrame(), t.overallCyclesPerFrame(), t.delivered(),
                    t.dropped()));
        }
        System.out.println();
        System.out.println("| frame bytes | last beat -> data AW | last beat -> write-back AW | last beat -> irq rise |");
        System.out.println("|---|---|---|---|");
        for (int len : new int[] {64, 512, 1514}) {
            RxBench b = new RxBench(1, len);
            Latency l = b.latency(len);
            b.nic.close();
            System.out.println(String.format(Locale.ROOT, "| %d | %d | %d | %d |", l.length(), l.toDataAw(),
                    l.toWriteBackAw(), l.toIrq()));
        }
    }
}
