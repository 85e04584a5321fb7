package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nicsim.driver.NicRegisters.DMA_FAULTS;
import static org.nicsim.driver.NicRegisters.RXQ_BASE_HI;
import static org.nicsim.driver.NicRegisters.RXQ_BASE_LO;
import static org.nicsim.driver.NicRegisters.RXQ_SIZE;
import static org.nicsim.driver.NicRegisters.RXQ_TAIL;
import static org.nicsim.driver.NicRegisters.queueReg;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nicsim.traffic.frame.FrameBuilder;
import org.nicsim.traffic.frame.Ipv4Header;
import org.nicsim.traffic.frame.Ipv6Header;
import org.nicsim.traffic.frame.TcpHeader;
import org.nicsim.traffic.frame.UdpHeader;

/**
 * Bad input on the RX stream and bad driver state: each case lands in the counter docs/registers.md
 * and rx-rtl.md name (RX_MALFORMED for delivered unparseable frames, RX_DROP_ERROR for runts,
 * tuser, frames longer than the buffer or the FIFO and DMA faults, RX_DROP_NOBUF + RXQ_DROPS for
 * no buffer, a disabled queue or RX disabled), a drop error consumes no descriptor, the next good
 * frame is still delivered intact, the invariant holds once idle, and every run is bounded.
 */
class RxMalformedTest {
    private static final int ALL_TYPES = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 9;
    private static final int DEFAULT_Q = 4;
    private static final int DD = 1, VLAN = 2, V4 = 4, V6 = 8, MAL = 0x80;

    private RxHarness h;
    private RxCounters start;
    private final RxVectors.Vector v4 = RxVectors.load().vectors().get(2);
    private final RxVectors.Vector v6 = RxVectors.load().vectors().get(7);

    @BeforeEach
    void open() {
        h = RxHarness.open();
        h.key(RxVectors.load().key());
        h.hashTypes(ALL_TYPES);
        h.reta(new int[128]);          // every hashed frame to queue 0
        h.defaultQueue(DEFAULT_Q);
        h.ring(0, 16, 256).fill();
        h.ring(DEFAULT_Q, 16, 256).fill();
        h.rxEnable(true);
        h.sync();
        start = h.counters();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private byte[] good() {
        return RxFrames.of(v4, RxFrames.L4.TCP, 100, -1);
    }

    private static FrameBuilder eth() {
        return RxFrames.ethernet();
    }

    private Ipv4Header.Builder ip4() {
        return RxFrames.ipv4(v4.src(), v4.dst());
    }

    private Ipv6Header.Builder ip6() {
        return RxFrames.ipv6(v6.src(), v6.dst());
    }

    private TcpHeader tcp() {
        return TcpHeader.ack(v4.srcPort(), v4.dstPort(), 1, 2);
    }

    /** Counter increments since the test began, checked once idle, and the invariant. */
    private void assertCounts(long frames, long delivered, long nobuf, long error, long malformed) {
        h.runUntilIdle();
        RxCounters c = h.counters();
        assertEquals(new RxCounters(frames, delivered, nobuf, error, malformed), c.minus(start),
                "counter increments (frames, delivered, nobuf, error, malformed)");
        assertTrue(c.balanced(), "RX_FRAMES = RX_DELIVERED + RX_DROP_NOBUF + RX_DROP_ERROR: " + c);
    }

    /** The next good frame after a drop: delivered intact on queue 0, hashed by the JSON. */
    private void assertGoodDelivered(RxDelivery d, long seq) {
        assertEquals(seq, d.sequence());
        assertEquals(0, d.queue());
        assertEquals(Integer.toHexString(v4.hashL4()), Integer.toHexString(d.writeBack().hash()));
        assertEquals(0x82, d.writeBack().hashType());
    }

    // ------------------------------------------------------------------ malformed, delivered

    /** Frames that break one header rule: delivered unhashed with the malformed flag. */
    enum Malformed {
        IPV4_TRUNCATED_BELOW_20_BYTES(V4), IPV4_IHL_0(V4), IPV4_IHL_4(V4), IPV4_OPTIONS_CUT_OFF(V4),
        IPV4_TOTAL_LENGTH_BELOW_HEADER(V4), IPV4_TOTAL_LENGTH_BEYOND_FRAME(V4), IPV4_VERSION_6(V4),
        IPV4_TCP_PORTS_TRUNCATED(V4), IPV4_UDP_PORTS_TRUNCATED(V4), TAGGED_IPV4_TRUNCATED(VLAN | V4),
        IPV6_TRUNCATED_BELOW_40_BYTES(V6), IPV6_VERSION_4(V6), IPV6_PAYLOAD_BEYOND_FRAME(V6),
        IPV6_TCP_PORTS_TRUNCATED(V6);

        final int flags;

        Malformed(int flags) {
            this.flags = flags | MAL | DD;
        }
    }

    private byte[] frame(Malformed m) {
        return switch (m) {
            case IPV4_TRUNCATED_BELOW_20_BYTES -> Arrays.copyOf(eth().ipv4(ip4().build()).transport(tcp()).build(), 14 + 19);
            case IPV4_IHL_0 -> eth().ipv4(ip4().ihl(0).build()).transport(tcp()).build();
            case IPV4_IHL_4 -> eth().ipv4(ip4().ihl(4).build()).transport(tcp()).build();
            case IPV4_OPTIONS_CUT_OFF -> Arrays.copyOf(eth().ipv4(ip4().options(new byte[40]).build()).transport(tcp())
                    .build(), 14 + 59);
            case IPV4_TOTAL_LENGTH_BELOW_HEADER -> eth().ipv4(ip4().totalLength(19).build()).transport(tcp()).build();
            case IPV4_TOTAL_LENGTH_BEYOND_FRAME -> eth().ipv4(ip4().totalLength(1000).build()).transport(tcp()).build();
            case IPV4_VERSION_6 -> eth().ipv4(ip4().version(6).build()).transport(tcp()).build();
            case IPV4_TCP_PORTS_TRUNCATED -> eth().ipv4(ip4().totalLength(23).build()).transport(tcp()).build();
            case IPV4_UDP_PORTS_TRUNCATED -> eth().ipv4(ip4().totalLength(20).build())
                    .transport(new UdpHeader(1, 2)).build();
            case TAGGED_IPV4_TRUNCATED -> Arrays.copyOf(eth().vlan(0x0456).ipv4(ip4().build()).transport(tcp()).build(),
                    18 + 12);
            case IPV6_TRUNCATED_BELOW_40_BYTES -> Arrays.copyOf(eth().ipv6(ip6().build()).transport(tcp()).build(),
                    14 + 39);
            case IPV6_VERSION_4 -> eth().ipv6(ip6().version(4).build()).transport(tcp()).build();
            case IPV6_PAYLOAD_BEYOND_FRAME -> eth().ipv6(ip6().payloadLength(500).build()).transport(tcp()).build();
            case IPV6_TCP_PORTS_TRUNCATED -> eth().ipv6(ip6().payloadLength(3).build()).transport(tcp()).build();
        };
    }

    @ParameterizedTest
    @EnumSource(Malformed.class)
    void malformedFrameIsDeliveredUnhashedAndCountedMalformed(Malformed m) {
        long bad = h.inject(frame(m));
        long next = h.inject(good());
        assertCounts(2, 2, 0, 0, 1);
        List<RxDelivery> got = h.harvest();
        RxWriteBack wb = got.get(0).writeBack();
        assertEquals(bad, got.get(0).sequence());
        assertEquals(m.flags, wb.flags(), "flags");
        assertEquals(0, wb.hashType(), "type NONE");
        assertEquals(0, wb.hash(), "hash 0");
        assertEquals(DEFAULT_Q, wb.queue(), "DEFAULT_QUEUE");
        assertEquals((m.flags & VLAN) != 0 ? 0x0456 : 0, wb.vlanTci(), "TCI");
        assertGoodDelivered(got.get(1), next);
    }

    // ------------------------------------------------------------------ drop errors

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {1, 7, 8, 9, 13})
    void runtIsADropErrorAndConsumesNoDescriptor(int length) {
        h.inject(Arrays.copyOf(good(), length));
        long next = h.inject(good());
        assertCounts(2, 1, 0, 1, 0);
        List<RxDelivery> got = h.harvest();
        assertEquals(1, got.size());
        assertEquals(0, got.get(0).index(), "the good frame got the descriptor the runt did not use");
        assertGoodDelivered(got.get(0), next);
        h.ring(0).assertHeadAtHarvestIndex();
    }

    @Test
    void tuserBadFrameIsADropErrorEvenWhenItsBytesAreGood() {
        h.inject(good(), true, 0);
        long next = h.inject(good());
        assertCounts(2, 1, 0, 1, 0);
        List<RxDelivery> got = h.harvest();
        assertEquals(1, got.size());
        assertEquals(0, got.get(0).index());
        assertGoodDelivered(got.get(0), next);
    }

    @Test
    void frameOneByteLongerThanItsBufferIsADropErrorAndFrameOfExactlyTheBufferIsDelivered() {
        byte[] fits = RxFrames.of(v4, RxFrames.L4.TCP, 256, -1);
        byte[] tooLong = RxFrames.of(v4, RxFrames.L4.TCP, 257, -1);
        h.inject(tooLong);
        long ok = h.inject(fits);
        assertCounts(2, 1, 0, 1, 0);
        List<RxDelivery> got = h.harvest();
        assertEquals(1, got.size());
        assertEquals(0, got.get(0).index(), "the drop did not consume descriptor 0");
        assertEquals(ok, got.get(0).sequence());
        assertEquals(256, got.get(0).writeBack().length());
    }

    @Test
    void frameLongerThanSixteenKibIsADropErrorAndItsTailIsDrainedWithoutAStall() {
        h.ring(1, 8, 16384).fill();
        int[] reta = new int[128];
        Arrays.fill(reta, 1);
        h.reta(reta);
        h.sync();
        byte[] max = RxFrames.of(v4, RxFrames.L4.TCP, 16384, -1);
        h.inject(RxFrames.of(v4, RxFrames.L4.TCP, 16385, -1));
        h.inject(RxFrames.of(v4, RxFrames.L4.TCP, 40000, -1));
        long okMax = h.inject(max);
        long okSmall = h.inject(good());
        assertCounts(4, 2, 0, 2, 0);
        List<RxDelivery> got = h.harvest();
        assertEquals(List.of(okMax, okSmall), got.stream().map(RxDelivery::sequence).toList());
        assertEquals(16384, got.get(0).writeBack().length(), "a 16384-byte frame fits the FIFO and the buffer");
    }

    @Test
    void misalignedBufferIsADropErrorAndIsRetriedUntilTheRingIsReset() {
        RxRing r = h.ring(0);
        h.write(queueReg(0, RXQ_SIZE), 16); // empty the ring, then post one misaligned buffer
        r.program();
        r.postDescriptor(r.bufferAddress(0) + 4, 200);
        r.writeTail();
        h.sync();
        h.inject(good());
        h.inject(good());
        assertCounts(2, 0, 0, 2, 0);
        assertEquals(0, r.head(), "no descriptor consumed");
        r.program();
        r.fill();
        h.sync();
        long next = h.inject(good());
        assertCounts(3, 1, 0, 2, 0);
        assertGoodDelivered(h.harvest().get(0), next);
    }

    @Test
    void dataWriteFaultReturnsTheBufferWithAZeroLengthWriteBack() {
        RxRing r = h.ring(0);
        r.program();
        r.postDescriptor(RxHarness.MEMORY_BASE + RxHarness.MEMORY_BYTES + 0x1000, 256); // no memory there
        r.post(4);
        h.sync();
        long lost = h.inject(good());
        long next = h.inject(good());
        assertCounts(2, 1, 0, 1, 0);
        assertEquals(1, h.read(DMA_FAULTS), "one failed burst");
        List<RxDelivery> got = h.harvest();
        assertEquals(2, got.size());
        RxWriteBack wb = got.get(0).writeBack();
        assertEquals(lost, wb.sequence());
        assertEquals(0, wb.length(), "length 0: buffer returned, no frame");
        assertEquals(DD, wb.flags(), "DD only");
        assertEquals(0, wb.hash());
        assertEquals(0, wb.queue(), "queue kept");
        assertGoodDelivered(got.get(1), next);
        assertEquals(1, got.get(1).index(), "the ring stayed in step");
        r.assertHeadAtHarvestIndex();
    }

    @Test
    void descriptorReadFaultIsADropErrorAndTheQueueRecoversAfterASizeWrite() {
        RxRing bad = new RxRing(h, 2, 8, 256); // programmed, then moved to where no memory is
        h.write(queueReg(2, RXQ_BASE_LO), 0);
        h.write(queueReg(2, RXQ_BASE_HI), 0x7); // 28 GiB: outside host memory, reads get DECERR
        h.write(queueReg(2, RXQ_SIZE), 8);
        h.write(queueReg(2, RXQ_TAIL), 3);
        int[] reta = new int[128];
        Arrays.fill(reta, 2);
        h.reta(reta);
        h.sync();
        h.inject(good());
        h.inject(good());
        assertCounts(2, 0, 0, 2, 0);
        assertTrue(h.read(DMA_FAULTS) >= 1, "descriptor reads failed");
        bad.program();
        bad.fill();
        h.sync();
        long next = h.inject(good());
        assertCounts(3, 1, 0, 2, 0);
        RxDelivery d = bad.harvest().get(0);
        assertEquals(next, d.sequence());
        assertArrayEquals(good(), d.data());
    }

    // ------------------------------------------------------------------ no buffer

    @Test
    void noPostedBufferIsANobufDropOnTheChosenQueue() {
        h.ring(0, 8, 256); // reprogrammed: nothing posted
        h.sync();
        h.inject(good());
        h.inject(good());
        assertCounts(2, 0, 2, 0, 0);
        assertEquals(2, h.ring(0).drops(), "RXQ_DROPS[0]");
        assertEquals(0, h.ring(DEFAULT_Q).drops(), "other queues untouched");
        h.ring(0).post(1);
        h.sync();
        long next = h.inject(good());
        h.inject(good()); // the ring holds one buffer: this one is dropped again
        assertCounts(4, 1, 3, 0, 0);
        assertGoodDelivered(h.harvest().get(0), next);
        assertEquals(3, h.ring(0).drops());
    }

    @Test
    void disabledQueueIsANobufDrop() {
        h.write(queueReg(0, RXQ_SIZE), 0);
        h.sync();
        h.inject(good());
        assertCounts(1, 0, 1, 0, 0);
        assertEquals(1, h.ring(0).drops(), "RXQ_DROPS[0]");
    }

    @Test
    void rxDisabledIsANobufDropCountedOnTheQueueTheFrameHashedTo() {
        h.rxEnable(false);
        h.sync();
        h.inject(good());
        h.inject(frame(Malformed.IPV4_IHL_4)); // unhashed: DEFAULT_QUEUE
        assertCounts(2, 0, 2, 0, 0);
        assertEquals(1, h.ring(0).drops());
        assertEquals(1, h.ring(DEFAULT_Q).drops());
        assertEquals(0, h.ring(0).head(), "nothing consumed");
        h.rxEnable(true);
        h.sync();
        long next = h.inject(good());
        assertCounts(3, 1, 2, 0, 0);
        assertGoodDelivered(h.harvest().get(0), next);
    }

    @Test
    void everyKindOfDropInOneStreamKeepsTheInvariantAndOrder() {
        h.inject(Arrays.copyOf(good(), 5));                       // runt: error
        h.inject(good(), true, 0);                                // tuser: error
        h.inject(RxFrames.of(v4, RxFrames.L4.TCP, 300, -1));      // > 256-byte buffer: error
        h.inject(frame(Malformed.IPV6_PAYLOAD_BEYOND_FRAME));     // delivered malformed
        h.inject(good());                                         // delivered
        assertCounts(5, 2, 0, 3, 1);
        List<RxDelivery> got = h.harvest();
        assertEquals(List.of(3L, 4L), got.stream().map(RxDelivery::sequence).toList());
    }
}
