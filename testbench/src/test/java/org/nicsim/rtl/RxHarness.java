package org.nicsim.rtl;

import org.nicsim.cosim.NicOptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nicsim.driver.NicRegisters.CTRL;
import static org.nicsim.driver.NicRegisters.CTRL_RX_EN;
import static org.nicsim.driver.NicRegisters.DEFAULT_QUEUE;
import static org.nicsim.driver.NicRegisters.MAX_QUEUES;
import static org.nicsim.driver.NicRegisters.RETA_SIZE;
import static org.nicsim.driver.NicRegisters.RSS_HASH_TYPES;
import static org.nicsim.driver.NicRegisters.STATUS;
import static org.nicsim.driver.NicRegisters.STATUS_RX_IDLE;
import static org.nicsim.driver.NicRegisters.packKeyWord;
import static org.nicsim.driver.NicRegisters.packRetaWord;
import static org.nicsim.driver.NicRegisters.retaWord;
import static org.nicsim.driver.NicRegisters.rssKeyWord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nicsim.bridge.NicModelOptions;

/**
 * The shared fixture of the RX RTL tests: the real nic_top model behind the bridge, host memory
 * above 4 GiB (so RXQ_BASE_HI and 64-bit buffer addresses are exercised), test-only rings
 * ({@link RxRing}), configuration by plain register writes, and bounded runs. Every injected frame
 * is remembered by its RX sequence number (injection order = RX_FRAMES order), and every harvested
 * buffer is compared with the frame that was injected under the sequence its write-back names.
 */
final class RxHarness extends NicFixture {
    /** Bus address of host-memory byte 0: above 4 GiB on purpose. */
    static final long MEMORY_BASE = 0x1_0000_0000L;
    /** Default budget of one {@link #runUntilIdle()}: far beyond any test's traffic. */
    static final long IDLE_BUDGET = 400_000;

    private final RxRing[] rings = new RxRing[MAX_QUEUES];
    private final List<byte[]> injected = new ArrayList<>();

    private RxHarness(NicModelOptions.Builder options) {
        super(MEMORY_BASE, options);
    }

    /** nic_top with 4 MiB at {@link #MEMORY_BASE}, 16-cycle reads, 4-cycle write responses. */
    static RxHarness open() {
        return open(NicOptions.builder());
    }

    static RxHarness open(NicModelOptions.Builder options) {
        return new RxHarness(options);
    }

    void rxEnable(boolean on) {
        write(CTRL, on ? CTRL_RX_EN : 0);
    }

    void hashTypes(int bits) {
        write(RSS_HASH_TYPES, bits);
    }

    void defaultQueue(int q) {
        write(DEFAULT_QUEUE, q);
    }

    void key(byte[] key) {
        for (int i = 0; i < key.length / 4; i++) {
            write(rssKeyWord(i), packKeyWord(key, i));
        }
    }

    void reta(int[] reta) {
        for (int w = 0; w < RETA_SIZE / 4; w++) {
            write(retaWord(w), packRetaWord(reta, w));
        }
    }

    // ------------------------------------------------------------------ rings

    /** Creates and programs the ring of queue {@code q}; buffers are not posted yet. */
    RxRing ring(int q, int size, int bufferLength) {
        RxRing r = new RxRing(this, q, size, bufferLength);
        rings[q] = r;
        return r;
    }

    RxRing ring(int q) {
        if (rings[q] == null) {
            throw new IllegalStateException("queue " + q + " has no ring");
        }
        return rings[q];
    }

    /** Rings on queues 0..n-1, each filled with SIZE-1 buffers. */
    void filledRings(int n, int size, int bufferLength) {
        for (int q = 0; q < n; q++) {
            ring(q, size, bufferLength).fill();
        }
    }

    /** Refills every ring to SIZE-1 posted buffers. */
    void refill() {
        for (RxRing r : rings) {
            if (r != null) {
                r.fill();
            }
        }
    }

    // ------------------------------------------------------------------ traffic

    /** Queues a good frame right behind the previous one; returns its RX sequence number. */
    long inject(byte[] frame) {
        return inject(frame, false, 0);
    }

    long inject(byte[] frame, boolean bad, int idleCyclesBefore) {
        nic().injectFrame(frame, bad, idleCyclesBefore);
        injected.add(frame.clone());
        return injected.size() - 1;
    }

    /** The frame injected with RX sequence {@code seq}. */
    byte[] injected(long seq) {
        return injected.get((int) seq).clone();
    }

    long injectedCount() {
        return injected.size();
    }

    /**
     * Runs until every queued frame was accepted, every register write completed and STATUS says
     * RX idle. Fails the test (never hangs) if that takes more than {@link #IDLE_BUDGET} cycles.
     */
    void runUntilIdle() {
        runUntilIdle(IDLE_BUDGET);
    }

    void runUntilIdle(long budget) {
        long start = nic().cycle();
        while (true) {
            if (nic().rxPending() == 0 && nic().mmioIdle() && (read(STATUS) & STATUS_RX_IDLE) != 0) {
                return;
            }
            if (nic().cycle() - start > budget) {
                throw new AssertionError("RX not idle after " + budget + " cycles: " + nic().rxPending()
                        + " frames not accepted, counters " + RxCounters.read(nic()));
            }
            nic().run(64, 0);
        }
    }

    /**
     * Harvests every ring, checks each delivered buffer holds exactly the frame injected under the
     * write-back's sequence number, and returns the deliveries in sequence order. A zero-length
     * write-back ("buffer returned, no frame": its data write failed) is returned unchecked.
     */
    List<RxDelivery> harvest() {
        List<RxDelivery> all = new ArrayList<>();
        for (RxRing r : rings) {
            if (r != null) {
                all.addAll(r.harvest());
            }
        }
        all.sort(Comparator.comparingLong(RxDelivery::sequence));
        for (RxDelivery d : all) {
            if (d.writeBack().length() == 0) {
                continue;
            }
            byte[] sent = injected((int) d.sequence());
            assertEquals(sent.length, d.writeBack().length(), "length of frame " + d.sequence());
            assertArrayEquals(sent, d.data(), "buffer contents of frame " + d.sequence());
            assertEquals(d.queue(), d.writeBack().queue(), "queue byte of frame " + d.sequence());
        }
        return all;
    }

    /**
     * Completes the queued register writes, sends one frame, runs to idle, harvests and returns
     * the single delivery, failing unless exactly one.
     */
    RxDelivery deliverOne(byte[] frame) {
        sync();
        long seq = inject(frame);
        runUntilIdle();
        List<RxDelivery> got = harvest();
        assertEquals(1, got.size(), "deliveries for frame " + seq);
        assertEquals(seq, got.get(0).sequence(), "RX sequence");
        return got.get(0);
    }

    RxCounters counters() {
        return RxCounters.read(nic());
    }
}
