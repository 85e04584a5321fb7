package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nicsim.rtl.TxHarness.assertFramesEqual;
import static org.nicsim.rtl.TxHarness.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.TxFrame;

/**
 * TX frame data through nic_top: what leaves on the AXI4-Stream is exactly the bytes the test put
 * in host memory, for every length the descriptor allows, every buffer alignment, several queues
 * and a stalling sink. Expected frames are the test's own buffers.
 */
class TxFrameDataTest {
    private TxHarness h;

    @AfterEach
    void close() {
        if (h != null) {
            h.assertCleanStream();
            h.close();
        }
    }

    @Test
    void everyLengthFrom14To1514IsSentByteExact() {
        h = TxHarness.open();
        TxHarness.Ring r = h.ring(0, 2048);
        List<byte[]> sent = new ArrayList<>();
        for (int len = 14; len <= 1514; len++) {
            byte[] f = frame(0, len, len);
            h.postFrame(r, f, 0, false);
            sent.add(f);
        }
        h.enableTx();
        h.doorbell(r);
        assertFramesEqual(sent, h.runUntilFrames(sent.size(), 2_000_000));
    }

    @Test
    void buffersAtEveryByteOffsetAreSentByteExact() {
        h = TxHarness.open();
        TxHarness.Ring r = h.ring(0, 256);
        // lengths around the 8-byte beat: a last beat of 1..8 bytes, starting at every lane
        int[] lengths = {14, 15, 16, 17, 23, 60, 61, 64, 65, 127, 503, 1024, 1513, 1514};
        List<byte[]> sent = new ArrayList<>();
        for (int off = 0; off < 8; off++) {
            for (int len : lengths) {
                byte[] f = frame(0, sent.size(), len);
                h.postFrame(r, f, off, false);
                sent.add(f);
            }
        }
        h.enableTx();
        h.doorbell(r);
        assertFramesEqual(sent, h.runUntilFrames(sent.size(), 500_000));
    }

    @Test
    void bufferStraddlingA4KiBPageIsSentWhole() {
        h = TxHarness.open();
        TxHarness.Ring r = h.ring(0, 8);
        // 1514 bytes starting 37 bytes before a page boundary, and 300 bytes starting 3 before one
        byte[] a = frame(0, 0, 1514);
        byte[] b = frame(0, 1, 300);
        long addrA = h.allocate(a.length, 4096, 4096 - 37);
        long addrB = h.allocate(b.length, 4096, 4096 - 3);
        h.memory().put((int) (addrA - TxHarness.MEM_BASE), a);
        h.memory().put((int) (addrB - TxHarness.MEM_BASE), b);
        h.post(r, addrA, a.length, TxHarness.EOP, 1);
        h.post(r, addrB, b.length, TxHarness.EOP, 2);
        h.enableTx();
        h.doorbell(r);
        assertFramesEqual(List.of(a, b), h.runUntilFrames(2, 20_000));
    }

    @Test
    void framesOfEachQueueLeaveInPostedOrder() {
        h = TxHarness.open();
        Random rnd = new Random(5);
        int[] queues = {1, 6, 11, 15};
        List<List<byte[]>> posted = new ArrayList<>();
        List<TxHarness.Ring> rings = new ArrayList<>();
        for (int q : queues) {
            TxHarness.Ring r = h.ring(q, 64);
            List<byte[]> mine = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                byte[] f = frame(q, s, 14 + rnd.nextInt(1501));
                h.postFrame(r, f, rnd.nextInt(8), false);
                mine.add(f);
            }
            rings.add(r);
            posted.add(mine);
        }
        h.enableTx();
        rings.forEach(h::doorbell);
        List<TxFrame> out = h.runUntilFrames(4 * 20, 500_000);
        for (int i = 0; i < queues.length; i++) {
            int q = queues[i];
            assertFramesEqual(posted.get(i), out.stream().filter(f -> TxHarness.tagQueue(f) == q).toList());
        }
    }

    @Test
    void framesStayByteExactWhenTheSinkStallsRandomly() {
        // TREADY low in 60% of cycles, pseudo-randomly
        h = TxHarness.open(b -> b.txBackpressure(0.6).seed(77));
        Random rnd = new Random(9);
        List<List<byte[]>> posted = new ArrayList<>();
        List<TxHarness.Ring> rings = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            TxHarness.Ring r = h.ring(q, 32);
            List<byte[]> mine = new ArrayList<>();
            for (int s = 0; s < 25; s++) {
                byte[] f = frame(q, s, 14 + rnd.nextInt(1501));
                h.postFrame(r, f, rnd.nextInt(8), rnd.nextBoolean());
                mine.add(f);
            }
            rings.add(r);
            posted.add(mine);
        }
        h.enableTx();
        rings.forEach(h::doorbell);
        List<TxFrame> out = h.runUntilFrames(100, 1_000_000);
        for (int q = 0; q < 4; q++) {
            int qq = q;
            assertFramesEqual(posted.get(q), out.stream().filter(f -> TxHarness.tagQueue(f) == qq).toList());
        }
        h.runUntilTxIdle(10_000);
        assertEquals(100, h.frames().size(), "nothing sent twice");
    }
}
