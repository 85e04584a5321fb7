package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nicsim.driver.NicRegisters.IRQ_MASK;
import static org.nicsim.driver.NicRegisters.IRQ_STATUS;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;
import org.nicsim.bridge.RunResult;

/**
 * Rings and interrupts: HEAD wraps modulo SIZE, all 16 queues deliver into their own rings,
 * IRQ_STATUS[q] is set by a write-back on q and cleared by writing 1 (W1C), and
 * {@code irq[q] = IRQ_STATUS[q] & IRQ_MASK[q]} (docs/registers.md).
 *
 * <p>Queues are chosen by hand: with a key whose only 1 bit is key bit 63 the hash of an IPv4
 * TCP frame is its destination address bit-reversed (see {@link RxReprogramTest}), so bucket
 * {@code hash & 127} is the top 7 destination bits reversed, and RETA[i] = i % 16 makes the
 * queue the top 4 bits of the first octet reversed.
 */
class RxRingTest {
    private RxHarness h;

    @BeforeEach
    void open() {
        h = RxHarness.open();
        h.key(RxReprogramTest.keyWithBits(63));
        h.hashTypes(1 << 2);
        int[] reta = new int[128];
        for (int i = 0; i < 128; i++) {
            reta[i] = i % 16;
        }
        h.reta(reta);
        h.rxEnable(true);
    }

    @AfterEach
    void close() {
        h.close();
    }

    /** An IPv4 TCP frame whose hash lands in bucket {@code q} (q < 16) and so on queue q. */
    static byte[] toQueue(int q, int flow, int length) {
        int firstOctet = (Integer.reverse(q) >>> 24) & 0xFE; // dst bit 31-k = bucket bit k
        return RxFrames.tcp4("10.0.0." + (flow & 255), firstOctet + ".0." + (flow >> 8 & 255) + "." + (flow & 255),
                2000 + flow, 443, length);
    }

    @Test
    void handMadeDestinationsSteerToEachQueue() {
        // the steering rule itself, checked on the hash in the write-back
        h.filledRings(16, 8, 256);
        for (int q = 0; q < 16; q++) {
            RxWriteBack wb = h.deliverOne(toQueue(q, q, 64)).writeBack();
            assertEquals(q, wb.hash() & 127, "bucket");
            assertEquals(q, wb.queue());
        }
    }

    @Test
    void ringOfEightWrapsAroundManyTimes() {
        RxRing r = h.ring(5, 8, 256);
        r.fill();
        h.sync();
        long sent = 0;
        for (int batch = 0; batch < 20; batch++) {
            int n = 3 + batch % 5; // 3..7: never more than the 7 posted buffers
            for (int i = 0; i < n; i++) {
                h.inject(toQueue(5, (int) sent++, 60 + 8 * i));
            }
            h.runUntilIdle();
            List<RxDelivery> got = h.harvest();
            assertEquals(n, got.size(), "batch " + batch);
            assertEquals(sent % 8, r.head(), "HEAD = frames delivered mod SIZE");
            r.assertHeadAtHarvestIndex();
            r.fill();
            h.sync();
        }
        assertEquals(sent, r.delivered(), "RXQ_DELIVERED[5]");
        assertTrue(sent > 8 * 9, "wrapped at least 9 times");
        assertEquals(new RxCounters(sent, sent, 0, 0, 0), h.counters());
    }

    @Test
    void allSixteenQueuesDeliverIntoTheirOwnRingsInOrder() {
        h.filledRings(16, 16, 256);
        h.sync();
        int perQueue = 5;
        for (int round = 0; round < perQueue; round++) {
            for (int q = 15; q >= 0; q--) {
                h.inject(toQueue(q, 16 * round + q, 64 + round));
            }
        }
        h.runUntilIdle();
        List<RxDelivery> got = h.harvest();
        assertEquals(16 * perQueue, got.size());
        for (int q = 0; q < 16; q++) {
            RxRing r = h.ring(q);
            assertEquals(perQueue, r.head(), "RXQ_HEAD[" + q + "]");
            assertEquals(perQueue, r.delivered(), "RXQ_DELIVERED[" + q + "]");
            assertEquals(0, r.drops(), "RXQ_DROPS[" + q + "]");
            final int queue = q;
            List<RxDelivery> mine = got.stream().filter(d -> d.queue() == queue).toList();
            for (int i = 0; i < perQueue; i++) {
                assertEquals(i, mine.get(i).index(), "queue " + q + " fills its ring in order");
                assertEquals(16L * i + (15 - q), mine.get(i).sequence(), "queue " + q + " frame " + i);
            }
        }
    }

    @Test
    void irqStatusBitIsSetByAWriteBackOnItsQueueAndClearedByWritingOne() {
        h.filledRings(16, 8, 256);
        h.sync();
        h.inject(toQueue(3, 1, 64));
        h.inject(toQueue(9, 2, 64));
        h.runUntilIdle();
        assertEquals(1 << 3 | 1 << 9, h.read(IRQ_STATUS));
        h.write(IRQ_STATUS, 0xFFFF_0000 | 1 << 4); // bits with no status set: no effect
        assertEquals(1 << 3 | 1 << 9, h.read(IRQ_STATUS));
        h.write(IRQ_STATUS, 1 << 3);
        assertEquals(1 << 9, h.read(IRQ_STATUS), "W1C clears only bit 3");
        h.write(IRQ_STATUS, 1 << 9);
        assertEquals(0, h.read(IRQ_STATUS));
        assertTrue(h.drainEvents().stream().noneMatch(e -> e.kind() == EventKind.IRQ_RISE),
                "IRQ_MASK 0: no irq line rose");
    }

    @Test
    void droppedFramesSetNoIrqStatus() {
        h.ring(6, 8, 64).fill(); // 64-byte buffers
        h.sync();
        h.inject(toQueue(6, 1, 100)); // longer than the buffer: drop error
        h.inject(toQueue(7, 2, 64));  // queue 7 has no ring: no buffer
        h.inject(new byte[10]);       // runt
        h.runUntilIdle();
        assertEquals(new RxCounters(3, 0, 1, 2, 0), h.counters());
        assertEquals(0, h.read(IRQ_STATUS));
    }

    @Test
    void irqLineFollowsStatusAndMask() {
        h.filledRings(16, 8, 256);
        h.sync();
        h.inject(toQueue(12, 1, 64));
        h.runUntilIdle();
        assertEquals(1 << 12, h.read(IRQ_STATUS));
        assertEquals(0, h.nic().pins().peek("irq"), "masked");
        h.drainEvents();

        h.write(IRQ_MASK, 1 << 12 | 1 << 2);
        h.sync();
        h.nic().run(4, 0);
        assertEquals(List.of(EventKind.IRQ_RISE), irqEvents(12), "unmasking a set status raises irq[12]");
        assertEquals(1L << 12, h.nic().pins().peek("irq"));

        h.write(IRQ_STATUS, 1 << 12);
        h.sync();
        h.nic().run(4, 0);
        assertEquals(List.of(EventKind.IRQ_FALL), irqEvents(12), "W1C drops the line");

        h.inject(toQueue(12, 2, 64));
        h.runUntilIdle();
        assertEquals(List.of(EventKind.IRQ_RISE), irqEvents(12), "the next write-back raises it again");

        h.write(IRQ_MASK, 1 << 2);
        h.sync();
        h.nic().run(4, 0);
        assertEquals(List.of(EventKind.IRQ_FALL), irqEvents(12), "masking drops the line");
        assertEquals(1 << 12, h.read(IRQ_STATUS), "masking keeps the status");
        assertEquals(0, h.nic().pins().peek("irq"));
    }

    @Test
    void whenTheIrqRisesTheWriteBackAndTheWholeFrameAreAlreadyInMemory() {
        RxRing r = h.ring(10, 8, 2048);
        r.fill();
        h.write(IRQ_MASK, 1 << 10);
        h.sync();
        byte[] f = toQueue(10, 1, 1514);
        h.inject(f);
        RunResult run = h.nic().run(10_000, EventKind.IRQ_RISE.bit());
        assertTrue(run.stopped(), "irq rose within 10000 cycles");
        List<RxDelivery> got = r.harvest(); // reads memory as the driver would in its handler
        assertEquals(1, got.size(), "DD visible when the irq rises");
        assertArrayEquals(f, got.get(0).data());
    }

    private List<EventKind> irqEvents(int q) {
        return h.drainEvents().stream()
                .filter(e -> (e.kind() == EventKind.IRQ_RISE || e.kind() == EventKind.IRQ_FALL) && e.queue() == q)
                .map(BridgeEvent::kind).toList();
    }
}
