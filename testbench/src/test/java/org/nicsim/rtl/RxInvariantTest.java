package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nicsim.driver.NicRegisters.RX_FRAMES;
import static org.nicsim.driver.NicRegisters.STATUS;
import static org.nicsim.driver.NicRegisters.STATUS_RX_IDLE;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;

/**
 * The scoreboard invariant of docs/registers.md, {@code RX_FRAMES = RX_DELIVERED + RX_DROP_NOBUF +
 * RX_DROP_ERROR} once STATUS says RX idle, under a stream that exercises every outcome at once:
 * generator traffic with malformed and tuser frames and sizes up to 1514 bytes, 1024-byte buffers
 * (longer frames are drop errors), rings on only half the queues and too few buffers (no-buffer
 * drops), RX switched off and on again.
 */
class RxInvariantTest {
    private RxHarness h;

    @BeforeEach
    void open() {
        h = RxHarness.open();
        h.key(RxVectors.load().key());
        h.hashTypes(1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 9);
        int[] reta = new int[128];
        for (int i = 0; i < 128; i++) {
            reta[i] = i % 16;
        }
        h.reta(reta);
        h.defaultQueue(0);
        for (int q = 0; q < 16; q += 2) {
            h.ring(q, 16, 1024).post(6); // rings on the even queues only, 6 buffers each
        }
        h.rxEnable(true);
        h.sync();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private static TrafficGenerator traffic(long seed, int packets) {
        return new TrafficGenerator(new TrafficSpec(packets, 40, TrafficSpec.Mix.defaults(),
                new TrafficSpec.Sizes(14, 1514), 0.2, 0.2, 0.15, 0.1), seed);
    }

    private void assertIdleAndBalanced(String when) {
        assertTrue((h.read(STATUS) & STATUS_RX_IDLE) != 0, when + ": STATUS.RX_IDLE");
        RxCounters c = h.counters();
        assertTrue(c.balanced(), when + ": RX_FRAMES = RX_DELIVERED + RX_DROP_NOBUF + RX_DROP_ERROR, " + c);
        long perQueueDelivered = 0;
        long perQueueDrops = 0;
        for (int q = 0; q < 16; q += 2) {
            perQueueDelivered += h.ring(q).delivered();
            perQueueDrops += h.ring(q).drops();
        }
        assertEquals(c.delivered(), perQueueDelivered, when + ": sum of RXQ_DELIVERED (odd queues have no ring)");
        assertTrue(perQueueDrops <= c.nobuf(), when + ": RXQ_DROPS of the even queues within RX_DROP_NOBUF");
    }

    @Test
    void invariantHoldsAfterEveryPhaseOfAMixedStream() {
        int phase = 0;
        for (long seed : new long[] {11, 12, 13, 14}) {
            for (GeneratedFrame g : traffic(seed, 80)) {
                h.inject(g.bytes(), g.badFrame(), 0);
            }
            if (seed == 13) {
                h.nic().run(2000, 0);
                h.rxEnable(false); // mid-stream: the rest of this phase is dropped as no-buffer
            }
            h.runUntilIdle();
            h.harvest();
            assertIdleAndBalanced("phase " + phase++);
            h.rxEnable(true);
            h.refill();
            h.sync();
        }
        RxCounters c = h.counters();
        assertEquals(320, c.frames());
        assertTrue(c.delivered() > 0 && c.nobuf() > 0 && c.error() > 0 && c.malformed() > 0,
                "the stream produced every outcome: " + c);
    }

    @Test
    void rxIdleIsClearWhileAFrameIsInThePipeline() {
        h.inject(RxFrames.of(RxVectors.load().vectors().get(0), RxFrames.L4.TCP, 1514, -1));
        h.nic().run(100, 0); // mid-frame: 1514 bytes take 190 cycles to arrive
        assertEquals(0, h.read(STATUS) & STATUS_RX_IDLE, "receiving");
        h.nic().run(200, 0);
        assertEquals(1, h.read(RX_FRAMES), "last beat accepted");
        assertEquals(0, h.read(STATUS) & STATUS_RX_IDLE, "still being written to memory");
        h.runUntilIdle();
        assertIdleAndBalanced("after one frame");
    }
}
