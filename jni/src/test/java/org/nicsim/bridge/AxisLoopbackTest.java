package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AXIS source -> bridge_test_top loopback (a 2-entry register FIFO: one cycle of latency, full
 * throughput) -> AXIS sink. Expected cycle stamps follow from that latency and 8-byte beats.
 */
class AxisLoopbackTest {
    private static byte[] frame(int len, int seed) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (seed * 31 + i * 7);
        }
        return b;
    }

    private static int beats(int len) {
        return (len + 7) / 8;
    }

    private static List<TxFrame> loop(NicModel m, int frames) {
        List<TxFrame> got = new ArrayList<>();
        for (int guard = 0; got.size() < frames && guard < 1000; guard++) {
            m.run(10_000, EventKind.TX_CAPTURED.bit());
            got.addAll(m.drainTx());
        }
        return got;
    }

    @Test
    void framesOfEveryTailLengthComeBackByteExact() {
        int[] lengths = {1, 7, 8, 9, 15, 16, 60, 64, 1514};
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            for (int i = 0; i < lengths.length; i++) {
                m.injectFrame(frame(lengths[i], i), false, 0);
            }
            List<TxFrame> got = loop(m, lengths.length);
            assertEquals(lengths.length, got.size());
            for (int i = 0; i < lengths.length; i++) {
                assertArrayEquals(frame(lengths[i], i), got.get(i).bytes(), "frame " + i);
                assertFalse(got.get(i).tuser());
            }
        }
    }

    @Test
    void badFrameFlagTravelsOnTuser() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.injectFrame(frame(20, 1), true, 0);
            m.injectFrame(frame(20, 2), false, 0);
            List<TxFrame> got = loop(m, 2);
            assertTrue(got.get(0).tuser());
            assertFalse(got.get(1).tuser());
        }
    }

    @Test
    void captureCyclesTrailAcceptanceByTheOneCycleFifoLatency() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.drainEvents();
            m.injectFrame(frame(100, 3), false, 0);
            TxFrame tx = loop(m, 1).get(0);
            BridgeEvent accepted = m.drainEvents().stream().filter(e -> e.kind() == EventKind.RX_ACCEPTED)
                    .findFirst().orElseThrow();
            assertEquals(0, accepted.value(), "first injected frame");
            assertEquals(accepted.cycle() + 1, tx.lastCycle());
            assertEquals(tx.lastCycle() - (beats(100) - 1), tx.firstCycle(), "one beat per cycle");
        }
    }

    @Test
    void idleGapDelaysTheFrameByThatManyCycles() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.injectFrame(frame(64, 1), false, 0);
            m.injectFrame(frame(24, 2), false, 10);
            loop(m, 2);
            List<Long> accepted = m.drainEvents().stream().filter(e -> e.kind() == EventKind.RX_ACCEPTED)
                    .map(BridgeEvent::cycle).toList();
            assertEquals(2, accepted.size());
            assertEquals(10 + beats(24), accepted.get(1) - accepted.get(0));
        }
    }

    @Test
    void backpressureKeepsEveryByteAndOrderButCostsCycles() {
        int n = 20;
        long free;
        long pressed;
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            for (int i = 0; i < n; i++) {
                m.injectFrame(frame(64 + i, i), false, 0);
            }
            List<TxFrame> got = loop(m, n);
            free = got.get(n - 1).lastCycle();
        }
        try (NicModel m = NicModel.open(TestTop.options().txBackpressure(0.5).build())) {
            for (int i = 0; i < n; i++) {
                m.injectFrame(frame(64 + i, i), false, 0);
            }
            List<TxFrame> got = loop(m, n);
            for (int i = 0; i < n; i++) {
                assertArrayEquals(frame(64 + i, i), got.get(i).bytes(), "frame " + i);
            }
            pressed = got.get(n - 1).lastCycle();
        }
        assertTrue(pressed > free + 50, "TREADY low about half the time: " + pressed + " vs " + free);
    }

    @Test
    void backpressurePatternIsAFunctionOfTheSeed() {
        List<List<Long>> stamps = new ArrayList<>();
        for (long seed : new long[] {7, 7, 8}) {
            try (NicModel m = NicModel.open(TestTop.options().seed(seed).txBackpressure(0.3).build())) {
                for (int i = 0; i < 5; i++) {
                    m.injectFrame(frame(200, i), false, 0);
                }
                stamps.add(loop(m, 5).stream().map(TxFrame::lastCycle).toList());
            }
        }
        assertEquals(stamps.get(0), stamps.get(1), "same seed, same cycles");
        assertNotEquals(stamps.get(0), stamps.get(2), "other seed, other pattern");
    }

    @Test
    void rxPendingCountsFramesNotYetAccepted() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.injectFrame(frame(16, 0), false, 0);
            m.injectFrame(frame(16, 1), false, 0);
            assertEquals(2, m.rxPending());
            m.run(1000, 0);
            assertEquals(0, m.rxPending());
        }
    }
}
