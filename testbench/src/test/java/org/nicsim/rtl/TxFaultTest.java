package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nicsim.driver.NicRegisters.DMA_FAULTS;
import static org.nicsim.driver.NicRegisters.TXQ_FRAMES;
import static org.nicsim.driver.NicRegisters.TXQ_HEAD;
import static org.nicsim.driver.NicRegisters.TXQ_TAIL;
import static org.nicsim.driver.NicRegisters.TX_FRAMES;
import static org.nicsim.driver.NicRegisters.queueReg;
import static org.nicsim.rtl.TxHarness.EOP;
import static org.nicsim.rtl.TxHarness.MEM_BASE;
import static org.nicsim.rtl.NicFixture.MEMORY_BYTES;
import static org.nicsim.rtl.TxHarness.RS;
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
 * Bad TX descriptors: buffers outside host memory (AXI error responses, counted in DMA_FAULTS and
 * seen by the bridge as HOST_READ_FAULT) and lengths outside 14..buffer are skipped, never sent in
 * part, and the queue carries on with the next descriptor. Skip rules beyond docs/registers.md (EOP,
 * DD on skipped descriptors) are from the RTL contract, rtl/README.md.
 */
class TxFaultTest {
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

    private List<Long> readFaultAddresses() {
        return h.events(EventKind.HOST_READ_FAULT).stream().map(BridgeEvent::value).toList();
    }

    @Test
    void aBufferOutsideHostMemoryIsADmaFaultAndTheQueueCarriesOn() {
        TxHarness.Ring r = h.ring(0, 16);
        List<byte[]> good = new ArrayList<>();
        long below = MEM_BASE - 0x1_0000;              // 64 KiB below host memory
        long above = MEM_BASE + MEMORY_BYTES + 0x2000;    // 8 KiB past its end
        good.add(frame(0, 0, 200));
        h.postFrame(r, good.get(0), 0, false);
        h.post(r, below, 60, EOP, 1);                  // 60 bytes, 8 beats, one burst
        good.add(frame(0, 2, 300));
        h.postFrame(r, good.get(1), 5, false);
        h.post(r, above, 100, EOP | RS, 3);            // 100 bytes, 13 beats, one burst
        good.add(frame(0, 4, 64));
        h.postFrame(r, good.get(2), 0, false);
        h.doorbell(r);
        assertFramesEqual(good, h.runUntilFrames(3, 50_000));
        h.runUntilTxIdle(10_000);
        assertEquals(List.of(below, above), readFaultAddresses(), "one faulting read burst per bad buffer");
        assertEquals(2, h.read(DMA_FAULTS));
        assertEquals(5, h.qrd(0, TXQ_HEAD), "HEAD passes the bad descriptors");
        assertEquals(3, h.qrd(0, TXQ_FRAMES));
        assertEquals(3, h.frames().size());
    }

    @Test
    void aBufferRunningOffTheEndOfMemoryIsNotSentInPart() {
        TxHarness.Ring r = h.ring(0, 8);
        long end = MEM_BASE + MEMORY_BYTES;               // 4 KiB aligned
        byte[] tail = frame(0, 0, 64);
        h.memory().put(MEMORY_BYTES - 32, tail, 0, 32);
        h.post(r, end - 32, 64, EOP, 0);               // half inside, half outside
        byte[] next = frame(0, 1, 90);
        h.postFrame(r, next, 1, false);
        h.doorbell(r);
        assertFramesEqual(List.of(next), h.runUntilFrames(1, 50_000));
        h.runUntilTxIdle(10_000);
        List<Long> faults = readFaultAddresses();
        // bursts may not cross 4 KiB, so the first faulting one starts exactly at the end
        assertTrue(!faults.isEmpty() && faults.get(0) == end, "faulting bursts " + faults);
        assertEquals(faults.size(), h.read(DMA_FAULTS), "DMA_FAULTS counts each faulting burst");
        assertEquals(2, h.qrd(0, TXQ_HEAD));
    }

    @Test
    void aLongBufferOutsideMemoryCountsOneFaultPerBurstSeen() {
        TxHarness.Ring r = h.ring(0, 8);
        h.post(r, MEM_BASE + MEMORY_BYTES + 0x10_0000, 1514, EOP, 0);
        byte[] next = frame(0, 1, 1514);
        h.postFrame(r, next, 0, false);
        h.doorbell(r);
        assertFramesEqual(List.of(next), h.runUntilFrames(1, 50_000));
        h.runUntilTxIdle(10_000);
        int faults = h.events(EventKind.HOST_READ_FAULT).size();
        assertTrue(faults >= 1, "at least one faulting burst");
        assertEquals(faults, h.read(DMA_FAULTS), "DMA_FAULTS equals the bridge's faulting bursts");
    }

    @Test
    void badLengthsAreSkippedWithoutAFaultAndTheQueueCarriesOn() {
        TxHarness.Ring r = h.ring(0, 16);
        List<byte[]> good = new ArrayList<>();
        // 0, 1 and 13 are below the 14-byte minimum; 65535 is longer than any frame the NIC sends
        int[] badLengths = {0, 1, 13, 0xFFFF};
        for (int i = 0; i < badLengths.length; i++) {
            byte[] f = frame(0, 2 * i, 14 + i);
            h.postFrame(r, f, 0, false);
            good.add(f);
            long buf = h.put(new byte[16], 0);        // a real buffer: only the length is wrong
            h.post(r, buf, badLengths[i], EOP, 2 * i + 1);
        }
        h.doorbell(r);
        assertFramesEqual(good, h.runUntilFrames(4, 50_000));
        h.runUntilTxIdle(10_000);
        assertEquals(8, h.qrd(0, TXQ_HEAD));
        assertEquals(4, h.qrd(0, TXQ_FRAMES));
        assertEquals(4, h.read(TX_FRAMES));
        assertEquals(0, h.read(DMA_FAULTS));
        assertEquals(4, h.frames().size());
    }

    @Test
    void aDescriptorWithoutEopIsSkipped() {
        TxHarness.Ring r = h.ring(0, 8);
        byte[] noEop = frame(0, 0, 100);
        h.post(r, h.put(noEop, 0), noEop.length, 0, 0);
        byte[] next = frame(0, 1, 100);
        h.postFrame(r, next, 0, false);
        h.doorbell(r);
        assertFramesEqual(List.of(next), h.runUntilFrames(1, 50_000));
        h.runUntilTxIdle(10_000);
        assertEquals(2, h.qrd(0, TXQ_HEAD));
        assertEquals(1, h.qrd(0, TXQ_FRAMES));
    }

    @Test
    void skippedDescriptorsWithRsStillGetDdSoTheDriverCanReclaimThem() {
        TxHarness.Ring r = h.ring(0, 8);
        h.post(r, h.put(new byte[16], 0), 5, EOP | RS, 0);          // too short
        h.post(r, MEM_BASE - 0x1000, 64, EOP | RS, 1);            // outside memory
        h.post(r, h.put(new byte[16], 0), 9, EOP, 2);              // too short, no RS
        h.doorbell(r);
        h.runUntilTxIdle(20_000);
        assertEquals(3, h.qrd(0, TXQ_HEAD));
        assertEquals(TxHarness.DD, h.status(r, 0));
        assertEquals(TxHarness.DD, h.status(r, 1));
        assertEquals(0, h.status(r, 2));
        assertEquals(0, h.frames().size());
    }

    @Test
    void aRingOutsideHostMemoryFaultsOnEachDescriptorReadAndSendsNothing() {
        TxHarness.Ring r = h.ringOutside(7, 8, MEM_BASE + MEMORY_BYTES + 0x8000);
        h.write(queueReg(7, TXQ_TAIL), 3);
        h.runUntilTxIdle(20_000);
        int faults = h.events(EventKind.HOST_READ_FAULT).size();
        assertTrue(faults >= 1, "the descriptor reads fault");
        assertEquals(faults, h.read(DMA_FAULTS));
        assertEquals(r.base, h.events(EventKind.HOST_READ_FAULT).get(0).value(), "first faulting read is slot 0");
        assertEquals(3, h.qrd(7, TXQ_HEAD), "HEAD passes descriptors whose read failed");
        assertEquals(0, h.frames().size());
        assertEquals(0, h.events(EventKind.HOST_WRITE_FAULT).size(), "no DD write for an unreadable descriptor");
    }
}
