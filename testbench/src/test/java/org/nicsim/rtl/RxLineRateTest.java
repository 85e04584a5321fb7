package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;

/**
 * Ingress rate with buffers available: the parser, Toeplitz and RETA stages never hold tready
 * low, so a burst of frames is accepted at one 8-byte beat per cycle (RX_ACCEPTED cycles exactly
 * ceil(length/8) apart) as long as the store-and-forward FIFOs have room (see
 * {@link RxBackPressureTest} for what happens when they fill).
 */
class RxLineRateTest {
    private RxHarness h;

    @BeforeEach
    void open() {
        h = RxHarness.open();
        h.key(RxVectors.load().key());
        h.hashTypes(1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 9);
        int[] reta = new int[128];
        for (int i = 0; i < 128; i++) {
            reta[i] = i % 4;
        }
        h.reta(reta);
        for (int q = 0; q < 4; q++) {
            h.ring(q, 128, 1024).fill();
        }
        h.rxEnable(true);
        h.sync();
        h.drainEvents();
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** Frame i of a burst: a distinct flow (so the frames spread over the queues) of this length. */
    private static byte[] frame(int i, int length) {
        return RxFrames.tcp4("10.0." + (i >> 8) + "." + (i & 255), "192.0.2." + (i * 7 & 255), 1024 + i, 80, length);
    }

    private List<Long> acceptCycles() {
        List<Long> c = new ArrayList<>();
        for (BridgeEvent e : h.drainEvents()) {
            if (e.kind() == EventKind.RX_ACCEPTED) {
                c.add(e.cycle());
            }
        }
        return c;
    }

    private void assertAllDeliveredInOrder(int n) {
        List<RxDelivery> got = h.harvest(); // also checks every buffer's bytes
        assertEquals(n, got.size(), "deliveries");
        for (int i = 0; i < n; i++) {
            assertEquals(i, got.get(i).sequence());
        }
        assertEquals(new RxCounters(n, n, 0, 0, 0), h.counters());
    }

    @Test
    void backToBack64ByteFramesAreAcceptedEightCyclesApart() {
        int n = 64; // the FIFOs absorb this burst even though the DMA needs more than 8 cycles per frame
        for (int i = 0; i < n; i++) {
            h.inject(frame(i, 64));
        }
        h.runUntilIdle();
        List<Long> c = acceptCycles();
        assertEquals(n, c.size());
        for (int i = 1; i < n; i++) {
            assertEquals(8, c.get(i) - c.get(i - 1), "frame " + i + " accepted 8 cycles after frame " + (i - 1));
        }
        assertAllDeliveredInOrder(n);
    }

    @Test
    void backToBack60ByteFramesWithAPartialLastBeatAreAcceptedEightCyclesApart() {
        int n = 48;
        for (int i = 0; i < n; i++) {
            h.inject(frame(i, 60));
        }
        h.runUntilIdle();
        List<Long> c = acceptCycles();
        for (int i = 1; i < n; i++) {
            assertEquals(8, c.get(i) - c.get(i - 1), "frame " + i);
        }
        assertAllDeliveredInOrder(n);
    }

    @Test
    void framesOfMixedLengthsAreAcceptedOneBeatPerCycle() {
        int n = 40;
        int[] len = new int[n];
        for (int i = 0; i < n; i++) {
            len[i] = 60 + (i * 37) % 140; // 60..199 bytes, every last-beat fill level
            h.inject(frame(i, len[i]));
        }
        h.runUntilIdle();
        List<Long> c = acceptCycles();
        for (int i = 1; i < n; i++) {
            assertEquals((len[i] + 7) / 8, c.get(i) - c.get(i - 1), "frame " + i + " of " + len[i] + " bytes");
        }
        assertAllDeliveredInOrder(n);
    }

    @Test
    void backToBack512ByteFramesAreAcceptedAtLineRate() {
        int n = 24;
        for (int i = 0; i < n; i++) {
            h.inject(frame(i, 512));
        }
        h.runUntilIdle();
        List<Long> c = acceptCycles();
        for (int i = 1; i < n; i++) {
            assertEquals(64, c.get(i) - c.get(i - 1), "frame " + i);
        }
        assertAllDeliveredInOrder(n);
    }
}
