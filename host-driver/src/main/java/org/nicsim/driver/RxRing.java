package org.nicsim.driver;

import static org.nicsim.driver.NicRegisters.queueReg;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One RX descriptor ring: posts buffers, harvests write-backs, refills.
 *
 * <p>Each slot remembers the buffer posted in it, because the NIC's write-back overwrites the
 * descriptor's address field. A harvested buffer is reposted at the tail, so the number of
 * buffers the NIC holds stays at {@code buffers} and one tail write covers a whole harvest.
 */
final class RxRing {
    static final int DESC_BYTES = 16;

    private final NicBus bus;
    private final ByteBuffer mem;
    private final int queue;
    private final int size;
    private final DmaRegion ring;
    private final DmaRegion[] slotBuffer;
    private final DmaRegion[] buffers;
    private int next;  // next slot the driver looks at for DD
    private int tail;  // one past the last posted slot
    private long returnedEmpty;

    RxRing(NicBus bus, DmaAllocator alloc, int queue, int size, int buffers, int bufferSize) {
        this.bus = bus;
        this.mem = bus.hostMemory();
        this.queue = queue;
        this.size = size;
        this.ring = alloc.allocate(size * DESC_BYTES, 4096, "RX ring " + queue);
        this.slotBuffer = new DmaRegion[size];
        this.buffers = new DmaRegion[buffers];
        for (int i = 0; i < buffers; i++) {
            this.buffers[i] = alloc.allocate(bufferSize, 64, "RX buffer " + queue + "/" + i);
        }
    }

    /** Programs base and size (which zeroes HEAD and TAIL), posts every buffer, writes TAIL once. */
    void program() {
        bus.write32(queueReg(queue, NicRegisters.RXQ_BASE_LO), (int) ring.busAddress());
        bus.write32(queueReg(queue, NicRegisters.RXQ_BASE_HI), (int) (ring.busAddress() >>> 32));
        bus.write32(queueReg(queue, NicRegisters.RXQ_SIZE), size);
        next = 0;
        tail = 0;
        for (DmaRegion b : buffers) {
            post(b);
        }
        bus.write32(queueReg(queue, NicRegisters.RXQ_TAIL), tail);
    }

    private void post(DmaRegion b) {
        int d = ring.offset() + tail * DESC_BYTES;
        mem.putLong(d, b.busAddress());
        mem.putShort(d + 8, (short) b.length());
        mem.putShort(d + 10, (short) 0);
        mem.putInt(d + 12, 0);
        slotBuffer[tail] = b;
        tail = (tail + 1) & (size - 1);
    }

    /**
     * Takes up to {@code budget} completed descriptors in ring order, reposts their buffers and
     * writes TAIL once if anything was taken.
     */
    List<RxCompletion> harvest(int budget) {
        List<RxCompletion> out = new ArrayList<>();
        long emptyBefore = returnedEmpty;
        while (out.size() < budget && next != tail) {
            int d = ring.offset() + next * DESC_BYTES;
            int flags = mem.getShort(d + 6) & 0xFFFF;
            if ((flags & RxCompletion.FLAG_DD) == 0) {
                break;
            }
            DmaRegion b = slotBuffer[next];
            int len = mem.getShort(d + 8) & 0xFFFF;
            if (len == 0) {
                // the NIC hit a DMA error writing the frame: the buffer comes back empty, no frame
                returnedEmpty++;
                slotBuffer[next] = null;
                next = (next + 1) & (size - 1);
                post(b);
                continue;
            }
            if (len > b.length()) {
                throw new DriverException("RX queue " + queue + " slot " + next + ": write-back length " + len
                        + " exceeds the posted buffer of " + b.length() + " bytes");
            }
            byte[] frame = new byte[len];
            mem.get(b.offset(), frame);
            out.add(new RxCompletion(mem.get(d + 5) & 0xFF, next, mem.getInt(d), mem.get(d + 4) & 0xFF, flags,
                    mem.getShort(d + 10) & 0xFFFF, mem.getInt(d + 12) & 0xFFFFFFFFL, frame));
            slotBuffer[next] = null;
            next = (next + 1) & (size - 1);
            post(b);
        }
        if (!out.isEmpty() || returnedEmpty != emptyBefore) {
            bus.write32(queueReg(queue, NicRegisters.RXQ_TAIL), tail);
        }
        return out;
    }

    int queue() {
        return queue;
    }

    /** The slot the driver checks next for DD: RXQ_HEAD once every write-back has been harvested. */
    int next() {
        return next;
    }

    /** Buffers the NIC handed back with length 0 after a DMA error (no frame in them). */
    long returnedEmpty() {
        return returnedEmpty;
    }

    int size() {
        return size;
    }
}
