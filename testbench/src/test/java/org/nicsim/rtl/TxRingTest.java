package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nicsim.driver.NicRegisters.TXQ_FRAMES;
import static org.nicsim.driver.NicRegisters.TXQ_HEAD;
import static org.nicsim.driver.NicRegisters.TX_FRAMES;
import static org.nicsim.rtl.TxHarness.assertFramesEqual;
import static org.nicsim.rtl.TxHarness.frame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TX rings through nic_top: indices modulo SIZE, TXQ_HEAD, the RS/DD status write-back and the
 * frame counters, against docs/registers.md ("a ring holds at most SIZE−1 entries", "DD written by the
 * NIC when RS was set and the frame has left", "cookie untouched by the NIC").
 */
class TxRingTest {
    private TxHarness h;

    @BeforeEach
    void open() {
        h = TxHarness.open();
        h.enableTx();
    }

    @AfterEach
    void close() {
        h.assertCleanStream();
        h.close();
    }

    @Test
    void ringWrapsAroundOverManyLaps() {
        TxHarness.Ring r = h.ring(2, 8);
        List<byte[]> sent = new ArrayList<>();
        // batches of 1..7 (at most SIZE-1 outstanding), 40 frames = 5 laps of an 8-entry ring
        int[] batches = {7, 1, 5, 7, 3, 6, 2, 7, 2};
        for (int n : batches) {
            for (int i = 0; i < n; i++) {
                byte[] f = frame(2, sent.size(), 64 + 37 * sent.size());
                h.postFrame(r, f, sent.size() % 8, sent.size() % 3 == 0);
                sent.add(f);
            }
            h.doorbell(r);
            h.runUntilFrames(sent.size(), 50_000);
            h.runUntilTxIdle(10_000);
            assertEquals(sent.size() % 8, h.qrd(2, TXQ_HEAD), "HEAD after " + sent.size() + " frames");
        }
        assertEquals(40, sent.size());
        assertFramesEqual(sent, h.frames());
        assertEquals(40, h.qrd(2, TXQ_FRAMES));
    }

    @Test
    void aTailNumericallyBelowHeadSendsTheWrappedRange() {
        TxHarness.Ring r = h.ring(4, 16);
        List<byte[]> sent = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            byte[] f = frame(4, s, 100);
            h.postFrame(r, f, 0, false);
            sent.add(f);
        }
        h.doorbell(r);
        h.runUntilFrames(5, 20_000);
        h.runUntilTxIdle(10_000);
        // HEAD 5: fourteen more fill slots 5..15 and 0..2, so the doorbell writes TAIL = 3
        for (int s = 5; s < 19; s++) {
            byte[] f = frame(4, s, 100 + s);
            h.postFrame(r, f, s % 8, false);
            sent.add(f);
        }
        assertEquals(3, r.tail);
        h.doorbell(r);
        assertFramesEqual(sent, h.runUntilFrames(19, 50_000));
        h.runUntilTxIdle(10_000);
        assertEquals(3, h.qrd(4, TXQ_HEAD));
        assertEquals(19, h.frames().size());
    }

    @Test
    void aRingStraddlingA4KiBPageIsFetchedInOrder() {
        // 16 descriptors, the first three before a page boundary and the rest after it
        long base = h.allocate(16 * TxHarness.DESC_BYTES, 4096, 4096 - 3 * TxHarness.DESC_BYTES);
        TxHarness.Ring r = h.ringAt(8, 16, base);
        List<byte[]> sent = new ArrayList<>();
        for (int s = 0; s < 15; s++) {
            byte[] f = frame(8, s, 60 + s);
            h.postFrame(r, f, 0, true);
            sent.add(f);
        }
        h.doorbell(r);
        assertFramesEqual(sent, h.runUntilFrames(15, 50_000));
        h.runUntilTxIdle(10_000);
        for (int s = 0; s < 15; s++) {
            assertEquals(TxHarness.DD, h.status(r, s), "DD of slot " + s);
        }
    }

    @Test
    void headAdvancesToTailOnceTheFramesHaveLeft() {
        TxHarness.Ring r = h.ring(1, 32);
        assertEquals(0, h.qrd(1, TXQ_HEAD));
        for (int s = 0; s < 3; s++) {
            h.postFrame(r, frame(1, s, 500), 0, false);
        }
        h.doorbell(r);
        h.runUntilFrames(3, 20_000);
        h.runUntilTxIdle(10_000);
        assertEquals(3, h.qrd(1, TXQ_HEAD));
        for (int s = 3; s < 7; s++) {
            h.postFrame(r, frame(1, s, 500), 0, true);
        }
        h.doorbell(r);
        h.runUntilFrames(7, 20_000);
        h.runUntilTxIdle(10_000);
        assertEquals(7, h.qrd(1, TXQ_HEAD));
    }

    @Test
    void ddIsWrittenOnlyWhenRsIsSetAndNothingElseInTheDescriptorChanges() {
        TxHarness.Ring r = h.ring(6, 16);
        List<byte[]> before = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            h.postFrame(r, frame(6, s, 64 + s), s, s % 2 == 1);   // RS on odd slots
            before.add(h.descriptor(r, s));
        }
        h.doorbell(r);
        h.runUntilFrames(8, 20_000);
        h.runUntilTxIdle(10_000);
        for (int s = 0; s < 8; s++) {
            byte[] expected = before.get(s).clone();
            if (s % 2 == 1) {
                expected[11] = TxHarness.DD;   // status byte: only DD
            }
            assertArrayEquals(expected, h.descriptor(r, s), "descriptor " + s + " after transmit");
            assertEquals(TxHarness.cookieFor(6, s), h.cookie(r, s), "cookie of slot " + s);
        }
        assertEquals(0, h.status(r, 8), "slot beyond TAIL untouched");
    }

    @Test
    void ddAppearsOnlyAfterItsFrameHasLeft() {
        TxHarness.Ring r = h.ring(0, 8);
        for (int s = 0; s < 5; s++) {
            h.postFrame(r, frame(0, s, 1514), 3, true);
        }
        h.doorbell(r);
        h.nic().mmioDrain(1_000);
        boolean[] seen = new boolean[5];
        // watch host memory every cycle: when DD of slot s shows, frame s must already be captured
        for (int c = 0; c < 20_000 && !seen[4]; c++) {
            h.run(1);
            for (int s = 0; s < 5; s++) {
                if (!seen[s] && h.status(r, s) == TxHarness.DD) {
                    seen[s] = true;
                    assertTrue(h.frames().size() > s, "DD of slot " + s + " visible with only " + h.frames().size()
                            + " frames sent");
                }
            }
        }
        assertTrue(seen[4], "every DD written");
    }

    @Test
    void frameCountersCountSentFramesPerQueueAndInTotal() {
        TxHarness.Ring r2 = h.ring(2, 16);
        TxHarness.Ring r13 = h.ring(13, 16);
        for (int s = 0; s < 3; s++) {
            h.postFrame(r2, frame(2, s, 80), 0, false);
        }
        for (int s = 0; s < 7; s++) {
            h.postFrame(r13, frame(13, s, 1000), 0, s == 6);
        }
        h.doorbell(r2);
        h.doorbell(r13);
        h.runUntilFrames(10, 50_000);
        h.runUntilTxIdle(10_000);
        assertEquals(3, h.qrd(2, TXQ_FRAMES));
        assertEquals(7, h.qrd(13, TXQ_FRAMES));
        assertEquals(10, h.read(TX_FRAMES));
        for (int q = 0; q < 16; q++) {
            if (q != 2 && q != 13) {
                assertEquals(0, h.qrd(q, TXQ_FRAMES), "TXQ_FRAMES of idle queue " + q);
            }
        }
    }
}
