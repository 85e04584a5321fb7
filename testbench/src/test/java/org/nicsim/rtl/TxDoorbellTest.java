package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nicsim.driver.NicRegisters.TXQ_BAD_DOORBELLS;
import static org.nicsim.driver.NicRegisters.TXQ_DOORBELLS;
import static org.nicsim.driver.NicRegisters.TXQ_FRAMES;
import static org.nicsim.driver.NicRegisters.TXQ_HEAD;
import static org.nicsim.driver.NicRegisters.TXQ_SIZE;
import static org.nicsim.driver.NicRegisters.TXQ_TAIL;
import static org.nicsim.driver.NicRegisters.TX_FRAMES;
import static org.nicsim.driver.NicRegisters.queueReg;
import static org.nicsim.rtl.TxHarness.assertFramesEqual;
import static org.nicsim.rtl.TxHarness.frame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;

/**
 * TXQ_TAIL as a doorbell (docs/registers.md): every write counts in TXQ_DOORBELLS, even an unchanged
 * value; descriptors [HEAD, TAIL) are sent exactly once however the doorbells are grouped; a
 * tail ≥ SIZE or a write to a disabled queue counts in TXQ_BAD_DOORBELLS and is ignored.
 */
class TxDoorbellTest {
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
    void oneDoorbellPerFrameSendsEachFrameOnce() {
        TxHarness.Ring r = h.ring(3, 16);
        List<byte[]> sent = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            byte[] f = frame(3, s, 60 + 100 * s);
            h.postFrame(r, f, s, false);
            h.doorbell(r);
            sent.add(f);
        }
        assertFramesEqual(sent, h.runUntilFrames(6, 50_000));
        h.runUntilTxIdle(10_000);
        assertEquals(6, h.qrd(3, TXQ_DOORBELLS));
        assertEquals(6, h.qrd(3, TXQ_FRAMES));
        assertEquals(6, h.frames().size(), "nothing sent twice");
    }

    @Test
    void oneDoorbellForABatchSendsTheWholeBatch() {
        TxHarness.Ring r = h.ring(3, 16);
        List<byte[]> sent = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            byte[] f = frame(3, s, 1514 - 150 * s);
            h.postFrame(r, f, 7 - s % 8, true);
            sent.add(f);
        }
        h.doorbell(r);
        assertFramesEqual(sent, h.runUntilFrames(10, 50_000));
        h.runUntilTxIdle(10_000);
        assertEquals(1, h.qrd(3, TXQ_DOORBELLS));
        assertEquals(10, h.qrd(3, TXQ_FRAMES));
        assertEquals(10, h.qrd(3, TXQ_HEAD));
    }

    @Test
    void repeatingTheSameTailCountsEveryWriteAndSendsNothingTwice() {
        TxHarness.Ring r = h.ring(0, 8);
        List<byte[]> sent = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            byte[] f = frame(0, s, 200);
            h.postFrame(r, f, 0, false);
            sent.add(f);
        }
        // three writes of tail 4 back to back, two more once the frames are gone
        h.doorbell(r);
        h.doorbell(r);
        h.doorbell(r);
        h.runUntilFrames(4, 20_000);
        h.runUntilTxIdle(10_000);
        h.doorbell(r);
        h.doorbell(r);
        h.run(2_000);
        assertFramesEqual(sent, h.frames());
        assertEquals(5, h.qrd(0, TXQ_DOORBELLS));
        assertEquals(0, h.qrd(0, TXQ_BAD_DOORBELLS));
        assertEquals(4, h.qrd(0, TXQ_FRAMES));
        assertEquals(4, h.qrd(0, TXQ_HEAD));
    }

    @Test
    void aTailAtOrBeyondSizeIsCountedBadAndIgnored() {
        TxHarness.Ring r = h.ring(5, 16);
        List<byte[]> sent = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            byte[] f = frame(5, s, 100);
            h.postFrame(r, f, 0, false);
            sent.add(f);
        }
        int q = queueReg(5, TXQ_TAIL);
        for (int bad : new int[] {16, 17, 4095, 4096, 0xFFFF_FFFF}) {
            h.write(q, bad);
        }
        h.run(3_000);
        assertEquals(0, h.frames().size(), "a bad tail sends nothing");
        assertEquals(0, h.qrd(5, TXQ_TAIL), "TXQ_TAIL keeps its last valid value");
        assertEquals(5, h.qrd(5, TXQ_BAD_DOORBELLS));
        assertEquals(5, h.qrd(5, TXQ_DOORBELLS), "bad writes are doorbells too");

        h.doorbell(r); // tail 3
        h.write(q, 16);   // a bad write while the batch is in flight changes nothing
        assertFramesEqual(sent, h.runUntilFrames(3, 20_000));
        h.runUntilTxIdle(10_000);
        assertEquals(3, h.frames().size());
        assertEquals(3, h.qrd(5, TXQ_TAIL));
        assertEquals(6, h.qrd(5, TXQ_BAD_DOORBELLS));
        assertEquals(7, h.qrd(5, TXQ_DOORBELLS));
    }

    @Test
    void aTailWrittenToADisabledQueueIsCountedBadAndSendsNothing() {
        // descriptors and a base are in place, but SIZE was never written: the queue is disabled
        TxHarness.Ring r = h.ring(9, 8);
        h.write(queueReg(9, TXQ_SIZE), 0);
        for (int s = 0; s < 3; s++) {
            h.postFrame(r, frame(9, s, 64), 0, true);
        }
        h.write(queueReg(9, TXQ_TAIL), 3);
        h.write(queueReg(10, TXQ_TAIL), 1);   // never configured at all
        h.run(3_000);
        assertEquals(0, h.frames().size());
        assertEquals(0, h.read(TX_FRAMES));
        assertEquals(1, h.qrd(9, TXQ_BAD_DOORBELLS));
        assertEquals(1, h.qrd(9, TXQ_DOORBELLS));
        assertEquals(1, h.qrd(10, TXQ_BAD_DOORBELLS));
        assertEquals(0, h.qrd(9, TXQ_TAIL));
        assertEquals(0, h.qrd(9, TXQ_HEAD));
        assertEquals(0, h.status(r, 0), "no DD written on a disabled queue");
    }

    @Test
    void busDoorbellLogMatchesTxqDoorbellsPerQueueInWriteOrder() {
        TxHarness.Ring r0 = h.ring(0, 16);
        TxHarness.Ring r7 = h.ring(7, 8);
        h.ring(15, 32);
        // interleaved writes, valid, repeated and bad, on three queues (queue 15's ring stays empty)
        int[][] writes = {{0, 2}, {7, 1}, {0, 2}, {15, 40}, {7, 3}, {0, 5}, {15, 0}, {7, 8}, {0, 16}, {7, 3}, {15, 0}};
        for (int[] w : writes) {
            TxHarness.Ring r = w[0] == 0 ? r0 : w[0] == 7 ? r7 : null;
            if (r != null) {
                while (r.tail != w[1] && w[1] < r.size) {
                    h.postFrame(r, frame(r.queue, r.tail, 64), 0, false);
                }
            }
            h.write(queueReg(w[0], TXQ_TAIL), w[1]);
        }
        h.nic().mmioDrain(10_000);
        h.run(5_000);
        for (int q : new int[] {0, 7, 15}) {
            List<Long> expected = new ArrayList<>();
            for (int[] w : writes) {
                if (w[0] == q) {
                    expected.add((long) w[1]);
                }
            }
            List<Long> logged = h.events(EventKind.DOORBELL).stream().filter(e -> e.queue() == q)
                    .map(BridgeEvent::value).toList();
            assertEquals(expected, logged, "doorbells of queue " + q + " on the bus, in write order");
            assertEquals(expected.size(), h.qrd(q, TXQ_DOORBELLS), "TXQ_DOORBELLS of queue " + q);
        }
        assertEquals(List.of(), h.events(EventKind.DOORBELL).stream()
                .filter(e -> e.queue() != 0 && e.queue() != 7 && e.queue() != 15).toList());
    }
}
