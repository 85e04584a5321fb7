package org.nicsim.rtl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nicsim.rtl.RxFrames.L4;
import org.nicsim.traffic.frame.FrameBuilder;
import org.nicsim.traffic.frame.TcpHeader;
import org.nicsim.traffic.frame.UdpHeader;

/**
 * Parser cases of the classification rules (C2 VLAN, C6 options, C8 fragments, C12 extension
 * headers, C3 non-IP) through nic_top, every type enabled. Expected hashes are the Microsoft
 * JSON's for the tuple the frame carries; flags are the rule text's.
 */
class RxClassificationTest {
    private static final int ALL_TYPES = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 9;
    private static final int DEFAULT_Q = 7;
    // flag bits
    private static final int DD = 1, VLAN = 2, V4 = 4, V6 = 8, TCP = 0x10, UDP = 0x20, FRAG = 0x40, MAL = 0x80;

    private RxHarness h;
    private final int[] reta = new int[128];
    private final RxVectors.Vector v4 = RxVectors.load().vectors().get(1);
    private final RxVectors.Vector v6 = RxVectors.load().vectors().get(6);

    @BeforeEach
    void open() {
        h = RxHarness.open();
        h.key(RxVectors.load().key());
        h.hashTypes(ALL_TYPES);
        for (int i = 0; i < 128; i++) {
            reta[i] = (i * 3 + i / 16) % 16;
        }
        h.reta(reta);
        h.defaultQueue(DEFAULT_Q);
        h.filledRings(16, 16, 256);
        h.rxEnable(true);
        h.sync();
    }

    @AfterEach
    void close() {
        h.close();
    }

    private void assertHashed(RxWriteBack wb, int hash, int type, int flags) {
        assertEquals(Integer.toHexString(hash), Integer.toHexString(wb.hash()), "hash");
        assertEquals(type, wb.hashType(), "hash type");
        assertEquals(reta[hash & 127], wb.queue(), "queue");
        assertEquals(flags, wb.flags(), "flags");
    }

    private void assertUnhashed(RxWriteBack wb, int flags, int tci) {
        assertEquals(0, wb.hash(), "hash");
        assertEquals(0, wb.hashType(), "hash type NONE");
        assertEquals(DEFAULT_Q, wb.queue(), "DEFAULT_QUEUE");
        assertEquals(flags, wb.flags(), "flags");
        assertEquals(tci, wb.vlanTci(), "TCI");
    }

    // ------------------------------------------------------------------ C2: one 802.1Q tag

    @Test
    void taggedIpv4TcpIsHashedLikeUntaggedAndReportsTheTci() {
        RxWriteBack wb = h.deliverOne(RxFrames.of(v4, L4.TCP, 90, 0xA07B)).writeBack();
        assertHashed(wb, v4.hashL4(), 0x82, DD | VLAN | V4 | TCP);
        assertEquals(0xA07B, wb.vlanTci(), "TCI: PCP 5, VID 0x07B");
    }

    @Test
    void taggedIpv6UdpIsHashedLikeUntaggedAndReportsTheTci() {
        RxWriteBack wb = h.deliverOne(RxFrames.of(v6, L4.UDP, 100, 0xFFFF)).writeBack();
        assertHashed(wb, v6.hashL4(), 0x89, DD | VLAN | V6 | UDP);
        assertEquals(0xFFFF, wb.vlanTci(), "TCI with every bit set");
    }

    @Test
    void tagWithVidZeroStillSetsTheVlanFlag() {
        RxWriteBack wb = h.deliverOne(RxFrames.of(v4, L4.UDP, 64, 0x0000)).writeBack();
        assertHashed(wb, v4.hashL4(), 0x87, DD | VLAN | V4 | UDP);
        assertEquals(0, wb.vlanTci());
    }

    @Test
    void taggedNonIpFrameHasOnlyTheVlanFlag() {
        byte[] f = RxFrames.ethernet().vlan(0x2005).etherType(0x0806).payload(new byte[28]).build();
        assertUnhashed(h.deliverOne(f).writeBack(), DD | VLAN, 0x2005);
    }

    @Test
    void innerTagOfADoubleTaggedFrameIsAnOrdinaryEtherType() {
        // outer 0x8100 parsed, inner 0x8100 is "other" (C2/C3) even though IPv4 follows it
        byte[] inner = RxFrames.of(v4, L4.TCP, 80, -1);
        byte[] payload = new byte[inner.length - 12 + 4];
        payload[0] = 0x00;
        payload[1] = 0x64; // inner TCI
        System.arraycopy(inner, 12, payload, 2, inner.length - 12);
        byte[] f = RxFrames.ethernet().vlan(0x3001).etherType(0x8100).payload(payload).build();
        assertUnhashed(h.deliverOne(f).writeBack(), DD | VLAN, 0x3001);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {14, 15, 16, 17})
    void tagCutShortIsMalformedWithoutTheVlanFlag(int length) {
        byte[] f = new byte[length];
        f[12] = (byte) 0x81;
        f[13] = 0x00;
        if (length > 14) {
            f[14] = 0x20;
        }
        RxCounters before = h.counters();
        assertUnhashed(h.deliverOne(f).writeBack(), DD | MAL, 0);
        assertEquals(1, h.counters().minus(before).malformed(), "RX_MALFORMED");
    }

    @Test
    void tagInAnEighteenByteFrameIsReadThenTheEmptyIpv4HeaderIsMalformed() {
        byte[] f = new byte[18];
        f[12] = (byte) 0x81;
        f[14] = 0x12;
        f[15] = 0x34;
        f[16] = 0x08; // IPv4, no header bytes at all (C4)
        assertUnhashed(h.deliverOne(f).writeBack(), DD | VLAN | V4 | MAL, 0x1234);
    }

    // ------------------------------------------------------------------ C6: IPv4 options

    @ParameterizedTest(name = "IHL {0}")
    @ValueSource(ints = {6, 7, 8, 10, 12, 15})
    void ipv4OptionsAreSkippedToReachTheTcpPorts(int ihl) {
        byte[] f = RxFrames.ethernet().ipv4(RxFrames.ipv4(v4.src(), v4.dst()).options(options(ihl - 5)).build())
                .transport(TcpHeader.ack(v4.srcPort(), v4.dstPort(), 7, 8)).build();
        assertHashed(h.deliverOne(f).writeBack(), v4.hashL4(), 0x82, DD | V4 | TCP);
    }

    @ParameterizedTest(name = "IHL {0}")
    @ValueSource(ints = {9, 15})
    void ipv4OptionsAreSkippedToReachTheUdpPortsBehindATag(int ihl) {
        // with the tag and IHL 15 the ports end at byte 18 + 60 + 4 = 82
        byte[] f = RxFrames.ethernet().vlan(0x0123)
                .ipv4(RxFrames.ipv4(v4.src(), v4.dst()).options(options(ihl - 5)).build())
                .transport(new UdpHeader(v4.srcPort(), v4.dstPort())).build();
        RxWriteBack wb = h.deliverOne(f).writeBack();
        assertHashed(wb, v4.hashL4(), 0x87, DD | VLAN | V4 | UDP);
        assertEquals(0x0123, wb.vlanTci());
    }

    @Test
    void portsEndingExactlyAtTheTotalLengthAreRead() {
        // TL = 4*IHL + 4: the datagram holds just the ports (C8 boundary), the rest is padding
        byte[] f = RxFrames.ethernet().ipv4(RxFrames.ipv4(v4.src(), v4.dst()).options(options(2))
                .totalLength(28 + 4).build()).transport(new UdpHeader(v4.srcPort(), v4.dstPort())).build();
        assertHashed(h.deliverOne(f).writeBack(), v4.hashL4(), 0x87, DD | V4 | UDP);
    }

    /** Router Alert then NOPs and End of Option List, {@code words} 32-bit words. */
    private static byte[] options(int words) {
        byte[] o = new byte[4 * words];
        o[0] = (byte) 0x94;
        o[1] = 0x04;
        for (int i = 4; i < o.length - 1; i++) {
            o[i] = 1;
        }
        return o;
    }

    // ------------------------------------------------------------------ C8: fragments

    @Test
    void firstFragmentIsHashedOnTheAddressesEvenWithTcpIpv4Enabled() {
        byte[] f = RxFrames.ethernet().ipv4(RxFrames.ipv4(v4.src(), v4.dst()).moreFragments(true).build())
                .transport(TcpHeader.ack(v4.srcPort(), v4.dstPort(), 1, 2)).payload(new byte[24]).build();
        assertHashed(h.deliverOne(f).writeBack(), v4.hashL3(), 0x81, DD | V4 | FRAG);
    }

    @Test
    void lastFragmentWithMoreFragmentsClearIsStillAFragment() {
        byte[] f = RxFrames.ethernet().ipv4(RxFrames.ipv4(v4.src(), v4.dst()).protocol(17).fragmentOffset(1).build())
                .payload(new byte[30]).build();
        assertHashed(h.deliverOne(f).writeBack(), v4.hashL3(), 0x81, DD | V4 | FRAG);
    }

    @Test
    void largestFragmentOffsetIsAFragment() {
        byte[] f = RxFrames.ethernet().ipv4(RxFrames.ipv4(v4.src(), v4.dst()).protocol(6).fragmentOffset(0x1FFF)
                .moreFragments(true).build()).payload(new byte[8]).build();
        assertHashed(h.deliverOne(f).writeBack(), v4.hashL3(), 0x81, DD | V4 | FRAG);
    }

    @Test
    void dontFragmentAloneIsNotAFragment() {
        byte[] f = RxFrames.ethernet().ipv4(RxFrames.ipv4(v4.src(), v4.dst()).dontFragment(true).build())
                .transport(TcpHeader.ack(v4.srcPort(), v4.dstPort(), 1, 2)).build();
        assertHashed(h.deliverOne(f).writeBack(), v4.hashL4(), 0x82, DD | V4 | TCP);
    }

    // ------------------------------------------------------------------ C12: IPv6 extension headers

    @Test
    void ipv6HopByHopThenTcpIsHashedOnTheAddressesOnly() {
        byte[] f = RxFrames.ethernet().ipv6(RxFrames.ipv6(v6.src(), v6.dst()).hopByHopOptions(RxFrames.ROUTER_ALERT).build())
                .transport(TcpHeader.ack(v6.srcPort(), v6.dstPort(), 1, 2)).build();
        assertHashed(h.deliverOne(f).writeBack(), v6.hashL3(), 0x83, DD | V6);
    }

    @Test
    void taggedIpv6HopByHopIsHashedOnTheAddressesOnly() {
        byte[] f = RxFrames.ethernet().vlan(0x0FFF)
                .ipv6(RxFrames.ipv6(v6.src(), v6.dst()).hopByHopOptions(RxFrames.ROUTER_ALERT).build())
                .transport(new UdpHeader(v6.srcPort(), v6.dstPort())).build();
        assertHashed(h.deliverOne(f).writeBack(), v6.hashL3(), 0x83, DD | VLAN | V6);
    }

    @ParameterizedTest(name = "next header {0}")
    @ValueSource(ints = {43, 44, 50, 51, 58, 60})
    void ipv6ExtensionAndOtherNextHeadersAreL3Only(int nextHeader) {
        byte[] f = RxFrames.ethernet().ipv6(RxFrames.ipv6(v6.src(), v6.dst()).nextHeader(nextHeader).build())
                .payload(new byte[16]).build();
        assertHashed(h.deliverOne(f).writeBack(), v6.hashL3(), 0x83, DD | V6);
    }

    // ------------------------------------------------------------------ C3: non-IP

    @ParameterizedTest(name = "EtherType 0x{0}")
    @ValueSource(strings = {"0806", "88CC", "8847", "88F7", "0801", "86DC", "86DE", "0000", "FFFF", "0600"})
    void nonIpEtherTypesGoUnhashedToTheDefaultQueue(String etherType) {
        byte[] f = RxFrames.nonIp(Integer.parseInt(etherType, 16), 64);
        assertUnhashed(h.deliverOne(f).writeBack(), DD, 0);
    }

    @Test
    void bareEthernetHeaderIsANonIpFrame() {
        byte[] f = RxFrames.ethernet().etherType(0x88B5).padToMinimum(false).build();
        assertEquals(14, f.length);
        assertUnhashed(h.deliverOne(f).writeBack(), DD, 0);
    }
}
