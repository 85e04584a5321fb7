package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nicsim.driver.NicRegisters.RXQ_BASE_HI;
import static org.nicsim.driver.NicRegisters.RXQ_BASE_LO;
import static org.nicsim.driver.NicRegisters.RXQ_DELIVERED;
import static org.nicsim.driver.NicRegisters.RXQ_DROPS;
import static org.nicsim.driver.NicRegisters.RXQ_HEAD;
import static org.nicsim.driver.NicRegisters.RXQ_SIZE;
import static org.nicsim.driver.NicRegisters.RXQ_TAIL;
import static org.nicsim.driver.NicRegisters.queueReg;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only RX descriptor ring in the harness's host memory: one fixed buffer per slot, posted
 * with plain descriptor writes and a TAIL write, harvested by polling DD from the driver's own
 * index. Deliberately not the production driver, so a driver bug cannot hide an RTL bug.
 *
 * <p>Every buffer is filled with {@link #GUARD} when posted; harvesting checks that the bytes after
 * the frame (up to 8 of them) are still guard bytes, i.e. WSTRB masked the tail of the last beat.
 */
final class RxRing {
    static final byte GUARD = (byte) 0xA5;

    private final RxHarness harness;
    private final int queue;
    private final int size;
    private final int bufferLength;
    private final long ringAddress;
    private final long[] buffers;
    private int tail;   // next slot to post, mirrors RXQ_TAIL
    private int next;   // next slot to harvest

    RxRing(RxHarness harness, int queue, int size, int bufferLength) {
        if (Integer.bitCount(size) != 1 || size < 8 || size > 4096) {
            throw new IllegalArgumentException("size: power of two 8..4096, got " + size);
        }
        this.harness = harness;
        this.queue = queue;
        this.size = size;
        this.bufferLength = bufferLength;
        this.ringAddress = harness.allocate(size * RxWriteBack.BYTES, 4096);
        this.buffers = new long[size];
        int stride = (bufferLength + 8 + 63) & ~63;
        long area = harness.allocate((long) stride * size, 64);
        for (int i = 0; i < size; i++) {
            buffers[i] = area + (long) i * stride;
        }
        program();
    }

    /** Writes BASE and SIZE (which resets HEAD and TAIL to 0) and forgets every posted buffer. */
    void program() {
        harness.write(queueReg(queue, RXQ_BASE_LO), (int) ringAddress);
        harness.write(queueReg(queue, RXQ_BASE_HI), (int) (ringAddress >>> 32));
        harness.write(queueReg(queue, RXQ_SIZE), size);
        ByteBuffer mem = harness.memory();
        for (int i = 0; i < size * RxWriteBack.BYTES; i++) {
            mem.put(harness.offset(ringAddress) + i, (byte) 0);
        }
        tail = 0;
        next = 0;
    }

    int queue() {
        return queue;
    }

    int size() {
        return size;
    }

    int bufferLength() {
        return bufferLength;
    }

    /** Bus address of the descriptor in slot {@code index}. */
    long descriptorAddress(int index) {
        return ringAddress + (long) index * RxWriteBack.BYTES;
    }

    /** Bus address of the buffer of slot {@code index}. */
    long bufferAddress(int index) {
        return buffers[index];
    }

    /** Buffers posted and not yet harvested. */
    int outstanding() {
        return (tail - next) & (size - 1);
    }

    /** The driver's TAIL. */
    int tail() {
        return tail;
    }

    /** Posts {@code n} buffers of the ring's length and writes TAIL once. */
    void post(int n) {
        for (int k = 0; k < n; k++) {
            postDescriptor(buffers[tail], bufferLength);
        }
        writeTail();
    }

    /** Posts until the ring holds SIZE-1 buffers (the most a ring can hold). */
    void fill() {
        post(size - 1 - outstanding());
    }

    /** Writes one descriptor with any address and length into the next slot, without a TAIL write. */
    void postDescriptor(long bufferAddress, int length) {
        if (outstanding() == size - 1) {
            throw new IllegalStateException("queue " + queue + ": ring full");
        }
        ByteBuffer mem = harness.memory();
        if (harness.inMemory(bufferAddress, length + 8)) {
            int b = harness.offset(bufferAddress);
            for (int i = 0; i < length + 8; i++) {
                mem.put(b + i, GUARD);
            }
        }
        int d = harness.offset(descriptorAddress(tail));
        mem.putLong(d, bufferAddress);
        mem.putShort(d + 8, (short) length);
        mem.putShort(d + 10, (short) 0);
        mem.putInt(d + 12, 0);
        tail = (tail + 1) & (size - 1);
    }

    void writeTail() {
        harness.write(queueReg(queue, RXQ_TAIL), tail);
    }

    /**
     * Takes every written-back descriptor from the driver's index on, in ring order, stopping at
     * the first one without DD. Each harvested descriptor slot is zeroed.
     */
    List<RxDelivery> harvest() {
        List<RxDelivery> out = new ArrayList<>();
        ByteBuffer mem = harness.memory();
        while (outstanding() > 0) {
            int d = harness.offset(descriptorAddress(next));
            RxWriteBack wb = RxWriteBack.read(mem, d);
            if (!wb.done()) {
                break;
            }
            long buffer = buffers[next];
            byte[] data = new byte[wb.length()];
            if (harness.inMemory(buffer, bufferLength)) {
                int b = harness.offset(buffer);
                mem.get(b, data);
                for (int i = wb.length(); i < Math.min(bufferLength, wb.length() + 8); i++) {
                    if (mem.get(b + i) != GUARD) {
                        fail("queue " + queue + " slot " + next + ": byte " + i + " past the " + wb.length()
                                + "-byte frame was written (" + wb + ")");
                    }
                }
            }
            for (int i = 0; i < RxWriteBack.BYTES; i++) {
                mem.put(d + i, (byte) 0);
            }
            out.add(new RxDelivery(queue, next, wb, data));
            next = (next + 1) & (size - 1);
        }
        return out;
    }

    int head() {
        return harness.read(queueReg(queue, RXQ_HEAD));
    }

    long delivered() {
        return Integer.toUnsignedLong(harness.read(queueReg(queue, RXQ_DELIVERED)));
    }

    long drops() {
        return Integer.toUnsignedLong(harness.read(queueReg(queue, RXQ_DROPS)));
    }

    /** Checks the NIC's HEAD against the driver's harvest index (all written-back slots harvested). */
    void assertHeadAtHarvestIndex() {
        assertEquals(next, head(), "RXQ_HEAD of queue " + queue);
    }
}
