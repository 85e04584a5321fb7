package org.nicsim.cosim;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.driver.DmaAllocation;
import org.nicsim.driver.NicDriver;
import org.nicsim.driver.NicRegisters;

/**
 * Explains a host-memory bus fault (a DMA error response) in the driver's words: which engine,
 * which address, and what lives there — a queue's ring (as the NIC's registers say it is
 * programmed, which is what a buggy driver gets wrong), a buffer the driver allocated, or a buffer
 * address some ring descriptor points at.
 *
 * <p>It reads the ring registers over MMIO when it is made, which advances simulated time, so the
 * engine makes one only when a run has faulted, and explains each fault in the host pass that sees
 * it: a buffer a failed RX write was aimed at is gone from its descriptor by then (the NIC writes
 * back a zero-length completion over it), but that completion is still in the ring and names the
 * queue.
 */
final class DmaFaultLocator {
    /** The arbiter prefixes the engine's AXI ID with its port: bit 3 set = TX engine (rtl/README.md). */
    static final int TX_PORT_ID_BIT = 1 << 3;
    private static final int DESC_BYTES = 16;

    private final NicModel model;
    private final NicDriver driver;
    private final long memBase;
    private final long memSize;
    private final Ring[] rings;
    private final java.util.Set<Long> attributed = new java.util.HashSet<>();   // zero-length write-backs used

    private record Ring(String kind, int queue, long base, int size) {
        boolean holds(long addr) {
            return size > 0 && addr >= base && addr - base < (long) size * DESC_BYTES;
        }
    }

    DmaFaultLocator(NicModel model, NicDriver driver) {
        this.model = model;
        this.driver = driver;
        this.memBase = model.options().hostMemoryBase();
        this.memSize = model.hostMemory().capacity();
        int n = driver.hwQueues();
        this.rings = new Ring[2 * n];
        for (int q = 0; q < n; q++) {
            rings[2 * q] = ring("RX", q, NicRegisters.RXQ_BASE_LO, NicRegisters.RXQ_BASE_HI, NicRegisters.RXQ_SIZE);
            rings[2 * q + 1] = ring("TX", q, NicRegisters.TXQ_BASE_LO, NicRegisters.TXQ_BASE_HI, NicRegisters.TXQ_SIZE);
        }
    }

    private Ring ring(String kind, int q, int lo, int hi, int size) {
        long base = Integer.toUnsignedLong(model.mmioRead(NicRegisters.queueReg(q, lo)))
                | Integer.toUnsignedLong(model.mmioRead(NicRegisters.queueReg(q, hi))) << 32;
        return new Ring(kind, q, base, model.mmioRead(NicRegisters.queueReg(q, size)));
    }

    /** One line: cycle, engine, direction, address, response, and what the address is. */
    String describe(BridgeEvent e) {
        long addr = e.value();
        String engine = (e.axiId() & TX_PORT_ID_BIT) != 0 ? "TX engine" : "RX engine";
        String dir = e.kind() == EventKind.HOST_READ_FAULT ? "read" : "write";
        String resp = e.detail() == 3 ? "DECERR" : e.detail() == 2 ? "SLVERR" : "response " + e.detail();
        boolean inside = addr >= memBase && addr - memBase < memSize;
        String where = inside ? "" : String.format(" (outside host memory 0x%x..0x%x)", memBase, memBase + memSize - 1);
        return String.format("cycle %d: %s %s at 0x%x failed with %s%s: %s", e.cycle(), engine, dir, addr, resp, where,
                rxTarget(e));
    }

    /** What lives at {@code addr}, most specific first. */
    String target(long addr) {
        for (Ring r : rings) {
            if (r.holds(addr)) {
                return String.format("%s ring %d descriptor %d (%sQ_BASE 0x%x, %d entries)", r.kind, r.queue,
                        (addr - r.base) / DESC_BYTES, r.kind, r.base, r.size);
            }
        }
        Optional<DmaAllocation> a = driver.allocationAt(addr);
        if (a.isPresent()) {
            return a.get().describe(addr);
        }
        String pointer = descriptorPointingAt(addr);
        return pointer != null ? pointer : "no ring, buffer or descriptor of any queue covers it";
    }

    private String rxTarget(BridgeEvent e) {
        String t = target(e.value());
        if (t.startsWith("no ring") && e.kind() == EventKind.HOST_WRITE_FAULT && (e.axiId() & TX_PORT_ID_BIT) == 0) {
            String empty = zeroLengthWriteBack();
            if (empty != null) {
                return empty;
            }
        }
        return t;
    }

    /**
     * The oldest zero-length RX write-back (DD set, length 0: "buffer returned after a failed data
     * write", rx_engine) not yet blamed for a fault: the buffer the failed write was aimed at.
     */
    private String zeroLengthWriteBack() {
        ByteBuffer mem = model.hostMemory();
        String best = null;
        long bestSeq = Long.MAX_VALUE;
        long bestKey = 0;
        for (Ring r : rings) {
            if (!r.kind.equals("RX") || r.size == 0 || r.base < memBase
                    || r.base - memBase + (long) r.size * DESC_BYTES > memSize) {
                continue;
            }
            int off = (int) (r.base - memBase);
            for (int i = 0; i < r.size; i++) {
                int d = off + i * DESC_BYTES;
                boolean dd = (mem.getShort(d + 6) & 1) != 0;
                long seq = Integer.toUnsignedLong(mem.getInt(d + 12));
                long key = (long) r.queue << 48 | (long) i << 32 | seq;
                if (dd && mem.getShort(d + 8) == 0 && seq < bestSeq && !attributed.contains(key)) {
                    bestSeq = seq;
                    bestKey = key;
                    best = String.format("the buffer posted in RX ring %d descriptor %d (written back with length 0, "
                            + "RX sequence %d)", r.queue, i, seq);
                }
            }
        }
        if (best != null) {
            attributed.add(bestKey);
        }
        return best;
    }

    /** A descriptor (of a ring lying in host memory) whose buffer covers {@code addr}. */
    private String descriptorPointingAt(long addr) {
        ByteBuffer mem = model.hostMemory();
        for (Ring r : rings) {
            if (r.size == 0 || r.base < memBase || r.base - memBase + (long) r.size * DESC_BYTES > memSize) {
                continue;
            }
            int off = (int) (r.base - memBase);
            for (int i = 0; i < r.size; i++) {
                long buf = mem.getLong(off + i * DESC_BYTES);
                int len = mem.getShort(off + i * DESC_BYTES + 8) & 0xFFFF;
                if (addr >= buf && addr - buf < Math.max(len, 1)) {
                    return String.format("the buffer of %s ring %d descriptor %d (address 0x%x, %d bytes)", r.kind,
                            r.queue, i, buf, len);
                }
            }
        }
        return null;
    }
}
