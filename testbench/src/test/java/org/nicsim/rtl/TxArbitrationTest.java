package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nicsim.driver.NicRegisters.TXQ_FRAMES;
import static org.nicsim.rtl.TxHarness.assertFramesEqual;
import static org.nicsim.rtl.TxHarness.frame;
import static org.nicsim.rtl.TxHarness.tagQueue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.TxFrame;

/**
 * Sixteen TX queues at once: frames are granted round-robin, one frame per queue per turn,
 * whatever their lengths, so with every queue holding several frames the stream visits the
 * queues in strict rotation; every queue's frames stay byte-exact and in order.
 */
class TxArbitrationTest {
    private static final int QUEUES = 16;
    private TxHarness h;

    @AfterEach
    void close() {
        h.assertCleanStream();
        h.close();
    }

    /** Posts {@code perQueue} frames on every queue (lengths differ per queue) and returns them. */
    private List<List<byte[]>> postOnEveryQueue(List<TxHarness.Ring> rings, int perQueue) {
        List<List<byte[]>> posted = new ArrayList<>();
        for (int q = 0; q < QUEUES; q++) {
            TxHarness.Ring r = h.ring(q, 64);
            List<byte[]> mine = new ArrayList<>();
            for (int s = 0; s < perQueue; s++) {
                // lengths 60..1410 by queue: rotation is per frame, not per byte
                byte[] f = frame(q, s, 60 + 90 * q + s);
                h.postFrame(r, f, (q + s) % 8, s % 2 == 0);
                mine.add(f);
            }
            rings.add(r);
            posted.add(mine);
        }
        return posted;
    }

    private static String queueOrder(List<TxFrame> frames) {
        StringBuilder sb = new StringBuilder();
        for (TxFrame f : frames) {
            sb.append(tagQueue(f)).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void sixteenQueuesWithFramesReadyAreServedOneFrameEachInStrictRotation() {
        h = TxHarness.open();
        List<TxHarness.Ring> rings = new ArrayList<>();
        List<List<byte[]>> posted = postOnEveryQueue(rings, 4);
        // every queue has four frames ready before TX starts
        rings.forEach(h::doorbell);
        h.nic().mmioDrain(10_000);
        h.enableTx();
        List<TxFrame> out = h.runUntilFrames(4 * QUEUES, 200_000);
        int first = tagQueue(out.get(0));
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 4 * QUEUES; i++) {
            expected.append((first + i) % QUEUES).append(' ');
        }
        assertEquals(expected.toString().trim(), queueOrder(out), "queue of each frame on the stream");
        for (int q = 0; q < QUEUES; q++) {
            int qq = q;
            assertFramesEqual(posted.get(q), out.stream().filter(f -> tagQueue(f) == qq).toList());
        }
    }

    @Test
    void sixteenBusyQueuesKeepStrictRotationWhileDoorbellsArrive() {
        h = TxHarness.open();
        h.enableTx();
        List<TxHarness.Ring> rings = new ArrayList<>();
        List<List<byte[]>> posted = postOnEveryQueue(rings, 12);
        // doorbells one after another while TX runs
        rings.forEach(h::doorbell);
        List<TxFrame> out = h.runUntilFrames(12 * QUEUES, 500_000);
        // rule: once every queue has sent, each next frame comes from the next queue in cyclic
        // order that still has frames left
        int[] left = new int[QUEUES];
        Arrays.fill(left, 12);
        boolean[] started = new boolean[QUEUES];
        int nStarted = 0;
        for (int i = 0; i < out.size(); i++) {
            int q = tagQueue(out.get(i));
            if (nStarted == QUEUES) {
                int prev = tagQueue(out.get(i - 1));
                int want = (prev + 1) % QUEUES;
                while (left[want] == 0) {
                    want = (want + 1) % QUEUES;
                }
                assertEquals(want, q, "frame " + i + " in " + queueOrder(out));
            }
            left[q]--;
            if (!started[q]) {
                started[q] = true;
                nStarted++;
            }
        }
        for (int q = 0; q < QUEUES; q++) {
            int qq = q;
            assertFramesEqual(posted.get(q), out.stream().filter(f -> tagQueue(f) == qq).toList());
            assertEquals(12, h.qrd(q, TXQ_FRAMES));
        }
    }
}
