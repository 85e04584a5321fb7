package org.nicsim.driver;

import static org.nicsim.driver.NicRegisters.queueReg;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One TX descriptor ring: the driver start routine ({@code if_start}) and descriptor reclaim.
 *
 * <p>Every descriptor asks for a status write-back (RS), so reclaim needs no MMIO read: the
 * driver frees descriptors in order while their DD bit is set. A ring holds at most size − 1
 * frames (HEAD == TAIL means empty), the same rule the NIC uses.
 */
final class TxRing {
    static final int DESC_BYTES = 16;
    static final int CMD_EOP = 1;
    static final int CMD_RS = 1 << 1;
    static final int STATUS_DD = 1;

    private final NicBus bus;
    private final ByteBuffer mem;
    private final int queue;
    private final int size;
    private final DmaRegion ring;
    private final DmaRegion[] buffers;
    private final int dataOffset;   // where the frame starts inside its buffer
    private int tail;      // next slot the driver fills
    private int clean;     // oldest slot not yet reclaimed
    private int inFlight;
    private int cookie;
    private boolean oactive;

    TxRing(NicBus bus, DmaAllocator alloc, int queue, int size, int bufferSize, int dataOffset) {
        this.bus = bus;
        this.dataOffset = dataOffset;
        this.mem = bus.hostMemory();
        this.queue = queue;
        this.size = size;
        this.ring = alloc.allocate(size * DESC_BYTES, 4096, "TX ring " + queue);
        this.buffers = new DmaRegion[size];
        for (int i = 0; i < size; i++) {
            buffers[i] = alloc.allocate(dataOffset + bufferSize, 64, "TX buffer " + queue + "/" + i);
        }
    }

    void program() {
        bus.write32(queueReg(queue, NicRegisters.TXQ_BASE_LO), (int) ring.busAddress());
        bus.write32(queueReg(queue, NicRegisters.TXQ_BASE_HI), (int) (ring.busAddress() >>> 32));
        bus.write32(queueReg(queue, NicRegisters.TXQ_SIZE), size);
        tail = 0;
        clean = 0;
        inFlight = 0;
        oactive = false;
    }

    /** Free descriptors. */
    int space() {
        return size - 1 - inFlight;
    }

    /** True when the last start stopped on a full ring with frames left (FreeBSD's OACTIVE). */
    boolean oactive() {
        return oactive;
    }

    /**
     * The driver start routine: moves frames from the subqueue into descriptors while there is room
     * and writes TXQ_TAIL every {@code wregNsegs} descriptors (0: never in the middle) and once at
     * the end if any descriptor is not yet announced.
     *
     * @return the tail writes performed, in order
     */
    List<Doorbell> start(TxSource subqueue, int wregNsegs) {
        List<Doorbell> rung = new ArrayList<>(2);
        int unannounced = 0;
        while (space() > 0 && !subqueue.isEmpty()) {
            byte[] frame = subqueue.dequeue();
            DmaRegion b = buffers[tail];
            if (frame.length < 14 || frame.length > b.length() - dataOffset) {
                throw new IllegalArgumentException("TX frame of " + frame.length + " bytes on queue " + queue
                        + ": must be 14.." + (b.length() - dataOffset));
            }
            mem.put(b.offset() + dataOffset, frame);
            int d = ring.offset() + tail * DESC_BYTES;
            mem.putLong(d, b.busAddress() + dataOffset);
            mem.putShort(d + 8, (short) frame.length);
            mem.put(d + 10, (byte) (CMD_EOP | CMD_RS));
            mem.put(d + 11, (byte) 0);
            mem.putInt(d + 12, cookie++);
            tail = (tail + 1) & (size - 1);
            inFlight++;
            if (++unannounced == wregNsegs) {
                rung.add(ringDoorbell());
                unannounced = 0;
            }
        }
        if (unannounced > 0) {
            rung.add(ringDoorbell());
        }
        oactive = !subqueue.isEmpty();
        return rung;
    }

    private Doorbell ringDoorbell() {
        bus.write32(queueReg(queue, NicRegisters.TXQ_TAIL), tail);
        return new Doorbell(queue, tail);
    }

    /** Frees every leading descriptor the NIC has marked done; returns how many. */
    int reclaim() {
        int n = 0;
        while (inFlight > 0) {
            int d = ring.offset() + clean * DESC_BYTES;
            if ((mem.get(d + 11) & STATUS_DD) == 0) {
                break;
            }
            mem.put(d + 11, (byte) 0);
            clean = (clean + 1) & (size - 1);
            inFlight--;
            n++;
        }
        if (n > 0) {
            oactive = false;
        }
        return n;
    }

    int inFlight() {
        return inFlight;
    }

    int tail() {
        return tail;
    }

    int queue() {
        return queue;
    }
}
