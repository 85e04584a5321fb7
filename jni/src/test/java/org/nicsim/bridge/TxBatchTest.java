package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Draining TX frames into a reused batch: the same frames as the list form, one batch per drain.
 * bridge_test_top loops the RX stream back to TX (one cycle of latency, 8-byte beats).
 */
class TxBatchTest {
    private static final int[] LENGTHS = {1, 9, 64, 300};

    private static byte[] frame(int len, int seed) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (seed * 13 + i * 5);
        }
        return b;
    }

    /** Injects LENGTHS (the second one flagged bad) and runs until all of them have left. */
    private static NicModel loopedBack() {
        NicModel m = NicModel.open(TestTop.options().build());
        for (int i = 0; i < LENGTHS.length; i++) {
            m.injectFrame(frame(LENGTHS[i], i), i == 1, 0);
        }
        m.run(2000, 0);
        return m;
    }

    @Test
    void aBatchShowsTheFramesTheListFormShows() {
        List<TxFrame> listed;
        try (NicModel m = loopedBack()) {
            listed = m.drainTx();
        }
        List<TxFrame> viaBatch = new ArrayList<>();
        try (NicModel m = loopedBack()) {
            TxBatch b = new TxBatch();
            assertSame(b, m.drainTx(b));
            assertEquals(LENGTHS.length, b.size());
            int i = 0;
            long previousLast = -1;
            while (b.next()) {
                assertEquals(LENGTHS[i], b.length());
                assertArrayEquals(frame(LENGTHS[i], i), b.bytes(), "frame " + i);
                assertEquals(i == 1, b.tuser(), "frame " + i + " TUSER");
                assertTrue(b.lastCycle() >= b.firstCycle());
                assertEquals(b.lastCycle() - ((LENGTHS[i] + 7) / 8 - 1), b.firstCycle(), "frame " + i + ": one beat per cycle");
                if (i > 0) {
                    assertEquals(previousLast + 1, b.firstCycle(), "frame " + i + " follows the previous one back to back");
                }
                previousLast = b.lastCycle();
                viaBatch.add(b.toFrame());
                i++;
            }
        }
        assertEquals(listed, viaBatch, "the list form is the batch's frames, kept");
    }

    @Test
    void eachDrainReplacesTheBatch() {
        try (NicModel m = loopedBack()) {
            TxBatch b = new TxBatch();
            m.drainTx(b);
            m.injectFrame(frame(20, 7), false, 0);
            m.run(200, 0);
            m.drainTx(b);
            assertEquals(1, b.size());
            assertTrue(b.next());
            assertArrayEquals(frame(20, 7), b.bytes());
            assertFalse(b.next());
            assertEquals(0, m.drainTx(b).size(), "a drain takes the frames once");
        }
    }

    @Test
    void aBatchLargerThanAnyBeforeIsDrainedWhole() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            for (int i = 0; i < 100; i++) {   // more frames than the batch's first arrays hold
                m.injectFrame(frame(9, i), false, 0);
            }
            m.injectFrame(frame(150_000, 5), false, 0);   // more bytes than they hold
            m.run(20_000, 0);
            TxBatch b = m.drainTx(new TxBatch());
            assertEquals(101, b.size());
            for (int i = 0; i < 100; i++) {
                assertTrue(b.next());
                assertArrayEquals(frame(9, i), b.bytes(), "frame " + i);
            }
            assertTrue(b.next());
            assertArrayEquals(frame(150_000, 5), b.bytes());
            assertFalse(b.next());
        }
    }

    @Test
    void aFrameHalfCapturedAtADrainComesWholeInTheNext() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.injectFrame(frame(9, 1), false, 0);
            m.injectFrame(frame(300, 2), false, 0);   // 38 beats: still on the port after 10 cycles
            m.run(10, 0);
            TxBatch b = m.drainTx(new TxBatch());
            assertEquals(1, b.size(), "only the first frame is complete");
            assertTrue(b.next());
            assertArrayEquals(frame(9, 1), b.bytes());
            m.run(200, 0);
            m.drainTx(b);
            assertEquals(1, b.size());
            assertTrue(b.next());
            assertArrayEquals(frame(300, 2), b.bytes());
        }
    }

    @Test
    void bytesAreACopy() {
        try (NicModel m = loopedBack()) {
            TxBatch b = m.drainTx(new TxBatch());
            assertTrue(b.next());
            b.bytes()[0] ^= 1;
            assertArrayEquals(frame(LENGTHS[0], 0), b.bytes());
        }
    }

    @Test
    void readingWithoutACurrentFrameIsAnError() {
        TxBatch b = new TxBatch();
        assertFalse(b.next());
        IllegalStateException e = assertThrows(IllegalStateException.class, b::length);
        assertTrue(e.getMessage().contains("next()"));
    }
}
