package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AXI4 host-memory slave BFM, exercised by bridge_test_top's DMA master. Expected values come
 * from the AXI4 rules (INCR/FIXED addressing, WSTRB byte lanes, DECERR/SLVERR as specified for the
 * bridge) and the test master's documented data pattern (beat g carries PATTERN + g).
 */
class HostMemorySlaveTest {
    private static final long PATTERN = 0x1122_3344_5566_7700L;

    private static NicModel open(NicModelOptions.Builder b) {
        return NicModel.open(b.build());
    }

    private static NicModel open() {
        return open(TestTop.options().hostMemoryBytes(64 * 1024));
    }

    @Test
    void singleWriteStoresTheBeatLittleEndian() {
        try (NicModel m = open()) {
            TestTop.Status s = new TestTop(m).dma(0x100, 0, 3, TestTop.BURST_INCR, PATTERN, 0xFF, 0).write(1);
            assertEquals(BridgeEvent.RESP_OKAY, s.worstResp());
            ByteBuffer mem = m.hostMemory();
            byte[] expected = {0x00, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11};
            for (int i = 0; i < 8; i++) {
                assertEquals(expected[i], mem.get(0x100 + i), "byte " + i);
            }
            assertEquals(0, mem.get(0x108), "byte after the beat untouched");
        }
    }

    @Test
    void incrBurstWritesConsecutiveBeats() {
        try (NicModel m = open()) {
            TestTop.Status s = new TestTop(m).dma(0x200, 3, 3, TestTop.BURST_INCR, PATTERN, 0xFF, 0).write(1);
            assertEquals(BridgeEvent.RESP_OKAY, s.worstResp());
            for (int g = 0; g < 4; g++) {
                assertEquals(PATTERN + g, m.hostMemory().getLong(0x200 + 8 * g), "beat " + g);
            }
            assertEquals(0L, m.hostMemory().getLong(0x220), "nothing after the 4 beats");
        }
    }

    @Test
    void readBurstReturnsHostMemoryContents() {
        try (NicModel m = open()) {
            long[] words = {0x0123_4567_89AB_CDEFL, 0xFEDC_BA98_7654_3210L, 0x0F0F_0F0F_F0F0_F0F0L};
            for (int i = 0; i < words.length; i++) {
                m.hostMemory().putLong(0x400 + 8 * i, words[i]);
            }
            TestTop t = new TestTop(m);
            TestTop.Status s = t.dma(0x400, 2, 3, TestTop.BURST_INCR, 0, 0xFF, 0).read(1);
            assertEquals(BridgeEvent.RESP_OKAY, s.worstResp());
            assertEquals(3, s.beats());
            for (int i = 0; i < words.length; i++) {
                assertEquals(words[i], t.readBeat(i), "beat " + i);
            }
        }
    }

    @Test
    void wstrbWritesOnlyStrobedBytes() {
        try (NicModel m = open()) {
            m.hostMemory().putLong(0x300, 0xAAAA_AAAA_AAAA_AAAAL);
            // strobe lanes 0, 1 and 7: bytes 0x00, 0x77 and 0x11 of the pattern
            new TestTop(m).dma(0x300, 0, 3, TestTop.BURST_INCR, PATTERN, 0b1000_0011, 0).write(1);
            assertEquals(0x11AA_AAAA_AAAA_7700L, m.hostMemory().getLong(0x300));
        }
    }

    @Test
    void writeBurstBecomesVisibleAllAtOnceAtItsLastBeat() {
        // like one PCIe write TLP: a reader never sees half a burst (e.g. a DD bit before the data)
        try (NicModel m = open()) {
            new TestTop(m).dma(0xA00, 7, 3, TestTop.BURST_INCR, PATTERN, 0xFF, 0);
            m.mmioWrite(TestTop.DMA_CTRL, 1 | 1 << 8);
            int written = 0;
            for (int c = 0; c < 300 && written < 8; c++) {
                m.run(1, 0);
                written = 0;
                for (int g = 0; g < 8; g++) {
                    written += m.hostMemory().getLong(0xA00 + 8 * g) != 0 ? 1 : 0;
                }
                assertTrue(written == 0 || written == 8, "partial burst visible: " + written + " beats");
            }
            assertEquals(8, written);
        }
    }

    @Test
    void fixedBurstWritesEveryBeatToTheSameAddress() {
        try (NicModel m = open()) {
            new TestTop(m).dma(0x500, 2, 3, TestTop.BURST_FIXED, PATTERN, 0xFF, 0).write(1);
            assertEquals(PATTERN + 2, m.hostMemory().getLong(0x500), "last beat wins");
            assertEquals(0L, m.hostMemory().getLong(0x508));
        }
    }

    @Test
    void narrowIncrBurstUsesTheAddressedByteLanes() {
        try (NicModel m = open()) {
            // 4-byte beats from 0x604: beat 0 on lanes 4..7, beat 1 on lanes 0..3 of the next word
            new TestTop(m).dma(0x604, 1, 2, TestTop.BURST_INCR, PATTERN, 0xFF, 0).write(1);
            assertEquals((int) (PATTERN >>> 32), m.hostMemory().getInt(0x604));
            assertEquals((int) (PATTERN + 1), m.hostMemory().getInt(0x608));
            assertEquals(0, m.hostMemory().getInt(0x600));
        }
    }

    @Test
    void writeBeyondTheBufferGetsDecerrAndAFaultEventAndTouchesNothing() {
        try (NicModel m = open()) {
            int size = m.options().hostMemoryBytes();
            m.drainEvents();
            // two beats from the last word: the second beat is outside
            TestTop.Status s = new TestTop(m).dma(size - 8, 1, 3, TestTop.BURST_INCR, PATTERN, 0xFF, 5).write(1);
            assertEquals(BridgeEvent.RESP_DECERR, s.worstResp());
            assertEquals(0L, m.hostMemory().getLong(size - 8), "a failed burst writes no byte");
            List<BridgeEvent> faults = m.drainEvents().stream()
                    .filter(e -> e.kind() == EventKind.HOST_WRITE_FAULT).toList();
            assertEquals(1, faults.size(), faults.toString());
            BridgeEvent f = faults.get(0);
            assertAll(() -> assertEquals(size - 8, f.value()), () -> assertEquals(5, f.axiId()),
                    () -> assertEquals(BridgeEvent.RESP_DECERR, f.detail()));
        }
    }

    @Test
    void readBelowTheBaseGetsDecerrAndAReadFaultEvent() {
        try (NicModel m = open(TestTop.options().hostMemoryBytes(4096).hostMemoryBase(0x1_0000_0000L))) {
            m.drainEvents();
            TestTop.Status s = new TestTop(m).dma(0xFFF8, 0, 3, TestTop.BURST_INCR, 0, 0xFF, 2).read(1);
            assertEquals(BridgeEvent.RESP_DECERR, s.worstResp());
            List<BridgeEvent> faults = m.drainEvents().stream()
                    .filter(e -> e.kind() == EventKind.HOST_READ_FAULT).toList();
            assertEquals(1, faults.size(), faults.toString());
            assertEquals(0xFFF8, faults.get(0).value());
            assertEquals(2, faults.get(0).axiId());
        }
    }

    @Test
    void hostMemoryBaseShiftsTheBusAddressOfByteZero() {
        try (NicModel m = open(TestTop.options().hostMemoryBytes(4096).hostMemoryBase(0x8000_0000L))) {
            TestTop.Status s = new TestTop(m).dma(0x8000_0010L, 0, 3, TestTop.BURST_INCR, PATTERN, 0xFF, 0).write(1);
            assertEquals(BridgeEvent.RESP_OKAY, s.worstResp());
            assertEquals(PATTERN, m.hostMemory().getLong(0x10));
        }
    }

    @Test
    void unalignedStartGetsSlverr() {
        try (NicModel m = open()) {
            m.drainEvents();
            TestTop.Status s = new TestTop(m).dma(0x704, 0, 3, TestTop.BURST_INCR, PATTERN, 0xFF, 1).write(1);
            assertEquals(BridgeEvent.RESP_SLVERR, s.worstResp());
            assertEquals(0L, m.hostMemory().getLong(0x700));
            assertTrue(m.drainEvents().stream().anyMatch(e -> e.kind() == EventKind.HOST_WRITE_FAULT
                    && e.value() == 0x704 && e.detail() == BridgeEvent.RESP_SLVERR));
        }
    }

    @Test
    void wrapBurstGetsSlverr() {
        try (NicModel m = open()) {
            TestTop.Status s = new TestTop(m).dma(0x800, 3, 3, TestTop.BURST_WRAP, 0, 0xFF, 0).read(1);
            assertEquals(BridgeEvent.RESP_SLVERR, s.worstResp());
            assertEquals(4, s.beats(), "an error burst still returns every beat");
        }
    }

    @Test
    void readLatencyDelaysTheFirstBeatByExactlyTheConfiguredCycles() {
        int fast;
        int slow;
        try (NicModel m = open(TestTop.options().readLatency(5))) {
            fast = new TestTop(m).dma(0, 0, 3, TestTop.BURST_INCR, 0, 0xFF, 0).read(1).cycles();
        }
        try (NicModel m = open(TestTop.options().readLatency(25))) {
            slow = new TestTop(m).dma(0, 0, 3, TestTop.BURST_INCR, 0, 0xFF, 0).read(1).cycles();
        }
        assertEquals(20, slow - fast);
    }

    @Test
    void severalOutstandingReadsOverlapTheirLatency() {
        int latency = 40;
        int overlapped;
        int serial;
        try (NicModel m = open(TestTop.options().readLatency(latency))) {
            overlapped = new TestTop(m).dma(0, 0, 3, TestTop.BURST_INCR, 0, 0xFF, 0).read(4).cycles();
        }
        try (NicModel m = open(TestTop.options().readLatency(latency).maxOutstanding(1))) {
            serial = new TestTop(m).dma(0, 0, 3, TestTop.BURST_INCR, 0, 0xFF, 0).read(4).cycles();
        }
        assertTrue(overlapped < 2 * latency, "4 reads in flight together: " + overlapped);
        assertTrue(serial >= 4 * latency, "one at a time: " + serial);
    }

    @Test
    void outstandingReadsReturnInOrder() {
        try (NicModel m = open()) {
            for (int i = 0; i < 4; i++) {
                m.hostMemory().putLong(0x900 + 8 * i, 0x1000L + i);
            }
            TestTop t = new TestTop(m);
            t.dma(0x900, 0, 3, TestTop.BURST_INCR, 0, 0xFF, 0).read(4);
            for (int i = 0; i < 4; i++) {
                assertEquals(0x1000L + i, t.readBeat(i));
            }
        }
    }
}
