package org.nicsim.driver;

import static org.nicsim.driver.NicRegisters.*;

import java.util.List;
import java.util.Optional;

/**
 * The nicsim NIC driver: attach (reset, identify, negotiate queues, program RSS and rings),
 * RX ring service, the TX start routine and descriptor reclaim, detach.
 *
 * <p>It runs single-threaded on whatever logical CPU the caller says; the co-simulation decides
 * which CPU services which ring. All device access goes through {@link NicBus}.
 */
public final class NicDriver {
    /** Polls of CTRL while a soft reset is pending before the device is declared dead. */
    static final int RESET_POLLS = 1000;
    static final int SUPPORTED_MAJOR = 1;

    private final NicBus bus;
    private final DriverConfig config;
    private final DmaAllocator alloc;
    private final int hwQueues;
    private final int queues;
    private final RxRing[] rx;
    private final TxRing[] tx;
    private boolean attached;

    private NicDriver(NicBus bus, DriverConfig config) {
        this.bus = bus;
        this.config = config;
        this.alloc = new DmaAllocator(bus.hostMemoryBase(), bus.hostMemory().capacity());
        // identify before touching anything: a write to CTRL of some other device could do harm
        int id = bus.read32(ID);
        if (id != ID_VALUE) {
            throw new DriverException(String.format("no nicsim NIC: ID reads 0x%08x, expected 0x%08x", id, ID_VALUE));
        }
        softReset();
        int version = bus.read32(VERSION);
        if (version >>> 16 != SUPPORTED_MAJOR) {
            throw new DriverException(String.format("unsupported NIC version %d.%d (driver speaks %d.x)",
                    version >>> 16, version & 0xFFFF, SUPPORTED_MAJOR));
        }
        int caps = bus.read32(CAPS);
        int capQueues = (caps >>> CAPS_NUM_QUEUES_SHIFT) & CAPS_NUM_QUEUES_MASK;
        if (1 << ((caps >>> CAPS_RETA_LOG2_SHIFT) & CAPS_RETA_LOG2_MASK) != RETA_SIZE
                || ((caps >>> CAPS_KEY_BYTES_SHIFT) & CAPS_KEY_BYTES_MASK) != RSS_KEY_BYTES || capQueues < 1
                || capQueues > MAX_QUEUES) {
            throw new DriverException(String.format("unexpected CAPS 0x%08x (want %d-entry RETA, %d-byte key, 1..%d queues)",
                    caps, RETA_SIZE, RSS_KEY_BYTES, MAX_QUEUES));
        }
        this.hwQueues = capQueues;
        this.queues = Math.min(config.queues(), capQueues);
        this.rx = new RxRing[queues];
        this.tx = new TxRing[queues];
        programRss(config.rssKey(), config.hashTypes(), config.retaFor(queues), config.defaultQueue());
        for (int q = 0; q < queues; q++) {
            rx[q] = new RxRing(bus, alloc, q, config.rxRingSize(), config.rxBuffers(), config.rxBufferSize());
            tx[q] = new TxRing(bus, alloc, q, config.txRingSize(), config.txBufferSize(), config.txDataOffset());
            rx[q].program();
            tx[q].program();
        }
        bus.write32(IRQ_STATUS, -1);
        bus.write32(IRQ_MASK, (1 << queues) - 1);
        bus.write32(CTRL, CTRL_RX_EN | CTRL_TX_EN);
        attached = true;
    }

    /** Resets the NIC, checks its identity, negotiates queues, programs RSS and rings, enables RX/TX. */
    public static NicDriver attach(NicBus bus, DriverConfig config) {
        return new NicDriver(bus, config);
    }

    private void softReset() {
        bus.write32(CTRL, CTRL_SOFT_RESET);
        for (int i = 0; i < RESET_POLLS; i++) {
            if ((bus.read32(CTRL) & CTRL_SOFT_RESET) == 0) {
                return;
            }
        }
        throw new DriverException("soft reset did not complete after " + RESET_POLLS + " polls of CTRL");
    }

    /**
     * Programs key, hash types, RETA and default queue. Frames already inside the NIC may still use
     * the old values: callers that need a clean switch-over quiesce RX first (the co-simulation does).
     */
    public void programRss(byte[] key, int hashTypes, int[] reta, int defaultQueue) {
        for (int i = 0; i < RSS_KEY_BYTES / 4; i++) {
            bus.write32(rssKeyWord(i), packKeyWord(key, i));
        }
        bus.write32(RSS_HASH_TYPES, hashTypes);
        for (int i = 0; i < RETA_SIZE / 4; i++) {
            bus.write32(retaWord(i), packRetaWord(reta, i));
        }
        bus.write32(DEFAULT_QUEUE, defaultQueue);
    }

    /** IRQ_STATUS: bit q set when RX queue q wrote back since it was last cleared. */
    public int irqStatus() {
        return bus.read32(IRQ_STATUS);
    }

    /** Acknowledges RX queue interrupts (write-1-to-clear). */
    public void clearIrq(int mask) {
        bus.write32(IRQ_STATUS, mask);
    }

    /** Harvests up to {@code budget} received frames of queue {@code q} and refills its ring. */
    public List<RxCompletion> rxHarvest(int q, int budget) {
        return rxRing(q).harvest(budget);
    }

    /**
     * Buffers queue {@code q}'s NIC returned empty so far: write-backs of length 0, which the NIC
     * makes when writing the frame failed (a DMA error; it counts RX_DROP_ERROR).
     */
    public long rxReturnedEmpty(int q) {
        return rxRing(q).returnedEmpty();
    }

    /** The slot of RX queue {@code q} the driver harvests next (RXQ_HEAD once the queue is quiet). */
    public int rxNext(int q) {
        return rxRing(q).next();
    }

    /** The driver start routine for TX queue {@code q}: drains {@code subqueue} into the ring. */
    public List<Doorbell> txStart(int q, TxSource subqueue) {
        return txRing(q).start(subqueue, config.txWregNsegs());
    }

    /** Frees TX descriptors the NIC has completed; returns how many. */
    public int txReclaim(int q) {
        return txRing(q).reclaim();
    }

    /** Free TX descriptors of queue {@code q}. */
    public int txSpace(int q) {
        return txRing(q).space();
    }

    /** Frames handed to queue {@code q}'s ring and not yet reclaimed. */
    public int txInFlight(int q) {
        return txRing(q).inFlight();
    }

    /** True when the last start of queue {@code q} left frames behind on a full ring. */
    public boolean txOactive(int q) {
        return txRing(q).oactive();
    }

    public int queues() {
        return queues;
    }

    public int hwQueues() {
        return hwQueues;
    }

    public DriverConfig config() {
        return config;
    }

    /**
     * The ring or buffer the driver allocated at bus address {@code busAddress} (for naming the
     * target of a DMA fault), if any.
     */
    public Optional<DmaAllocation> allocationAt(long busAddress) {
        return alloc.find(busAddress);
    }

    /** Host memory the driver has allocated, alignment included. */
    public int hostMemoryUsed() {
        return alloc.used();
    }

    /** Disables RX/TX and interrupts, resets the NIC and releases host memory. Idempotent. */
    public void detach() {
        if (!attached) {
            return;
        }
        attached = false;
        bus.write32(IRQ_MASK, 0);
        bus.write32(CTRL, 0);
        softReset();
        alloc.reset();
    }

    private RxRing rxRing(int q) {
        checkQueue(q);
        return rx[q];
    }

    private TxRing txRing(int q) {
        checkQueue(q);
        return tx[q];
    }

    private void checkQueue(int q) {
        if (!attached) {
            throw new IllegalStateException("driver is detached");
        }
        if (q < 0 || q >= queues) {
            throw new IllegalArgumentException("queue " + q + " not in 0.." + (queues - 1));
        }
    }
}
