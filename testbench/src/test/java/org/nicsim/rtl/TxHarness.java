package org.nicsim.rtl;

import org.nicsim.cosim.NicOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
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
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.NicModel;
import org.nicsim.bridge.NicModelOptions;
import org.nicsim.bridge.TxFrame;

/**
 * Test fixture for the TX datapath: the real nic_top model with TX rings laid out and doorbells
 * rung by hand, following docs/registers.md only. Deliberately independent of the production driver,
 * so a driver bug cannot hide an RTL bug.
 *
 * <p>Host memory sits above 4 GiB ({@link #MEM_BASE}) so every ring and buffer address needs
 * TXQ_BASE_HI and the upper half of the descriptor's address field. Memory is handed out by a
 * bump allocator and never reused within a test.
 */
final class TxHarness extends NicFixture {
    /** Bus address of host-memory byte 0: above 4 GiB, 4 KiB aligned. */
    static final long MEM_BASE = 0x0000_0001_2340_0000L;
    /** TX descriptor size (docs/registers.md). */
    static final int DESC_BYTES = 16;
    /** cmd bit 0: end of packet. */
    static final int EOP = 1;
    /** cmd bit 1: report status (write DD). */
    static final int RS = 1 << 1;
    /** status bit 0: descriptor done. */
    static final int DD = 1;

    private final List<TxFrame> frames = new ArrayList<>();

    /** One TX ring as software sees it: where it lives and the tail software has posted up to. */
    static final class Ring {
        final int queue;
        final long base;
        final int size;
        int tail;

        private Ring(int queue, long base, int size) {
            this.queue = queue;
            this.base = base;
            this.size = size;
        }

        /** @return bus address of descriptor {@code slot} */
        long slotAddr(int slot) {
            return base + (long) DESC_BYTES * slot;
        }
    }

    private TxHarness(NicModelOptions.Builder options) {
        super(MEM_BASE, options);
    }

    /** Opens nic_top with the fixture's host memory, default bus timing and TX disabled. */
    static TxHarness open() {
        return open(b -> b);
    }

    /** Opens nic_top with the fixture's host memory and the given tweaks to the bridge options. */
    static TxHarness open(UnaryOperator<NicModelOptions.Builder> tweak) {
        return new TxHarness(tweak.apply(NicOptions.builder()));
    }

    // ------------------------------------------------------------------ registers

    int qrd(int q, int offset) {
        return read(queueReg(q, offset));
    }

    void enableTx() {
        write(CTRL, CTRL_TX_EN);
        nic().mmioDrain(10_000);
    }

    void disableTx() {
        write(CTRL, 0);
        nic().mmioDrain(10_000);
    }

    // ------------------------------------------------------------------ rings and descriptors

    /** Lays out a ring of {@code size} zeroed descriptors on a 4 KiB page and programs queue q. */
    Ring ring(int q, int size) {
        return ringAt(q, size, allocate(size * DESC_BYTES, 4096, 0));
    }

    /** Programs queue q with a ring at bus address {@code base} (16-byte aligned, inside memory). */
    Ring ringAt(int q, int size, long base) {
        for (int i = 0; i < size * DESC_BYTES; i++) {
            memory().put(offset(base) + i, (byte) 0);
        }
        write(queueReg(q, TXQ_BASE_LO), (int) base);
        write(queueReg(q, TXQ_BASE_HI), (int) (base >>> 32));
        write(queueReg(q, TXQ_SIZE), size);
        nic().mmioDrain(10_000);
        return new Ring(q, base, size);
    }

    /** Programs queue q with a ring at {@code base} outside host memory (nothing is written there). */
    Ring ringOutside(int q, int size, long base) {
        write(queueReg(q, TXQ_BASE_LO), (int) base);
        write(queueReg(q, TXQ_BASE_HI), (int) (base >>> 32));
        write(queueReg(q, TXQ_SIZE), size);
        nic().mmioDrain(10_000);
        return new Ring(q, base, size);
    }

    /**
     * Writes a descriptor at the ring's software tail and advances it (no doorbell).
     *
     * @return the slot written
     */
    int post(Ring r, long bufAddr, int len, int cmd, int cookie) {
        int slot = r.tail;
        int o = offset(r.slotAddr(slot));
        memory().putLong(o, bufAddr);
        memory().putShort(o + 8, (short) len);
        memory().put(o + 10, (byte) cmd);
        memory().put(o + 11, (byte) 0);
        memory().putInt(o + 12, cookie);
        r.tail = (r.tail + 1) % r.size;
        return slot;
    }

    /** Copies a frame to a buffer at byte offset {@code misalign} and posts it with EOP (and RS if asked). */
    int postFrame(Ring r, byte[] frame, int misalign, boolean rs) {
        return post(r, put(frame, misalign), frame.length, EOP | (rs ? RS : 0), cookieFor(r.queue, r.tail));
    }

    /** Writes the ring's software tail to TXQ_TAIL. */
    void doorbell(Ring r) {
        write(queueReg(r.queue, TXQ_TAIL), r.tail);
    }

    /** The 16 bytes of descriptor {@code slot} as they are in host memory now. */
    byte[] descriptor(Ring r, int slot) {
        return read(r.slotAddr(slot), DESC_BYTES);
    }

    int status(Ring r, int slot) {
        return memory().get(offset(r.slotAddr(slot)) + 11) & 0xFF;
    }

    int cookie(Ring r, int slot) {
        return memory().getInt(offset(r.slotAddr(slot)) + 12);
    }

    /** A distinctive cookie, so a test can see the NIC never touched it. */
    static int cookieFor(int q, int slot) {
        return 0xC0DE_0000 | q << 12 | slot;
    }

    // ------------------------------------------------------------------ frames

    /**
     * A test frame of {@code len} bytes (≥ 14) tagged with its queue and sequence number: byte 0
     * 0x02 (locally administered MAC), byte 1 the queue, bytes 2-3 the sequence (big-endian),
     * bytes 4-5 the length, the rest a pseudo-random pattern of all three.
     */
    static byte[] frame(int q, int seq, int len) {
        byte[] b = new byte[len];
        long x = 0x9E37_79B9_7F4A_7C15L * (q * 65_537L + seq * 131L + len + 1);
        for (int i = 0; i < len; i++) {
            x ^= x >>> 29;
            x *= 0xBF58_476D_1CE4_E5B9L;
            x ^= x >>> 32;
            b[i] = (byte) x;
        }
        b[0] = 0x02;
        b[1] = (byte) q;
        b[2] = (byte) (seq >> 8);
        b[3] = (byte) seq;
        b[4] = (byte) (len >> 8);
        b[5] = (byte) len;
        return b;
    }

    static int tagQueue(TxFrame f) {
        return f.bytes()[1] & 0xFF;
    }

    static int tagSeq(TxFrame f) {
        byte[] b = f.bytes();
        return (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }

    // ------------------------------------------------------------------ running

    /** Runs {@code cycles} cycles, keeping every captured frame and event. */
    void run(long cycles) {
        nic().run(cycles, 0);
        collect();
    }

    /**
     * Runs until {@code n} frames in total have been captured since open (or fails after
     * {@code maxCycles}).
     *
     * @return every frame captured so far
     */
    List<TxFrame> runUntilFrames(int n, long maxCycles) {
        long used = 0;
        collect();
        while (frames.size() < n) {
            if (used >= maxCycles) {
                fail("only " + frames.size() + " of " + n + " TX frames after " + maxCycles + " cycles");
            }
            used += nic().run(maxCycles - used, EventKind.TX_CAPTURED.bit()).cycles();
            collect();
        }
        return List.copyOf(frames);
    }

    /** Polls STATUS until TX is idle (every enabled queue HEAD == TAIL, nothing in flight). */
    void runUntilTxIdle(long maxCycles) {
        long start = nic().cycle();
        while ((read(STATUS) & STATUS_TX_IDLE) == 0) {
            if (nic().cycle() - start > maxCycles) {
                fail("TX not idle after " + maxCycles + " cycles");
            }
            nic().run(64, 0);
        }
        collect();
    }

    /** @return every frame captured since open, in stream order */
    List<TxFrame> frames() {
        collect();
        return List.copyOf(frames);
    }

    private void collect() {
        frames.addAll(nic().drainTx());
        drainEvents();
    }

    /**
     * Stream-level rules every TX test relies on: no AXI/AXIS protocol violation was seen by the
     * bridge and no frame carried TUSER.
     */
    void assertCleanStream() {
        collect();
        assertCleanBus();
        for (TxFrame f : frames) {
            assertFalse(f.tuser(), "TUSER set on " + f);
        }
    }

    /** Asserts the stream holds exactly {@code expected}, byte for byte, in that order. */
    static void assertFramesEqual(List<byte[]> expected, List<TxFrame> actual) {
        assertEquals(expected.size(), actual.size(), "number of frames on the stream");
        for (int i = 0; i < expected.size(); i++) {
            byte[] e = expected.get(i);
            byte[] a = actual.get(i).bytes();
            if (!Arrays.equals(e, a)) {
                int at = Arrays.mismatch(e, a);
                fail("frame " + i + " differs at byte " + at + " (expected length " + e.length + ", got " + a.length
                        + ")");
            }
        }
    }
}
