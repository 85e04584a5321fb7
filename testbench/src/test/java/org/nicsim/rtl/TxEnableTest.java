package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nicsim.driver.NicRegisters.TXQ_DOORBELLS;
import static org.nicsim.driver.NicRegisters.TXQ_FRAMES;
import static org.nicsim.driver.NicRegisters.TXQ_HEAD;
import static org.nicsim.rtl.TxHarness.assertFramesEqual;
import static org.nicsim.rtl.TxHarness.frame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.TxFrame;

/** CTRL.TX_EN: nothing new goes out while it is clear; everything posted goes out once it is set. */
class TxEnableTest {
    private TxHarness h;

    @BeforeEach
    void open() {
        h = TxHarness.open();
    }

    @AfterEach
    void close() {
        h.assertCleanStream();
        h.close();
    }

    @Test
    void framesPostedWhileTxIsDisabledWaitAndAllLeaveOnceEnabled() {
        TxHarness.Ring r = h.ring(0, 16);
        List<byte[]> sent = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            byte[] f = frame(0, s, 150 * (s + 1));
            h.postFrame(r, f, s, true);
            sent.add(f);
        }
        h.doorbell(r);
        h.run(5_000);
        assertEquals(0, h.frames().size(), "sent while TX_EN = 0");
        assertEquals(0, h.qrd(0, TXQ_HEAD));
        assertEquals(0, h.qrd(0, TXQ_FRAMES));
        assertEquals(1, h.qrd(0, TXQ_DOORBELLS), "the doorbell itself is taken");
        assertEquals(0, h.status(r, 0), "no DD while disabled");

        h.enableTx();
        assertFramesEqual(sent, h.runUntilFrames(6, 50_000));
        h.runUntilTxIdle(10_000);
        assertEquals(6, h.qrd(0, TXQ_HEAD));
        assertEquals(6, h.qrd(0, TXQ_FRAMES));
    }

    @Test
    void disablingMidStreamStartsNoNewFrameAndReenablingLosesNone() {
        TxHarness.Ring r = h.ring(3, 64);
        List<byte[]> sent = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            byte[] f = frame(3, s, 512);
            h.postFrame(r, f, 0, false);
            sent.add(f);
        }
        h.enableTx();
        h.doorbell(r);
        h.runUntilFrames(5, 20_000);
        h.disableTx();
        // CTRL is written by the time its write response is back; allow the register stage
        long off = h.nic().cycle() + 2;
        h.run(5_000);
        List<TxFrame> held = h.frames();
        assertTrue(held.size() < 40, "TX stopped before the end");
        for (TxFrame f : held) {
            assertTrue(f.firstCycle() <= off, "frame started at cycle " + f.firstCycle() + " after TX_EN cleared ("
                    + off + ")");
        }
        h.run(5_000);
        assertEquals(held.size(), h.frames().size(), "still nothing while disabled");

        h.enableTx();
        assertFramesEqual(sent, h.runUntilFrames(40, 100_000));
        h.runUntilTxIdle(10_000);
        assertEquals(40, h.qrd(3, TXQ_FRAMES));
    }
}
