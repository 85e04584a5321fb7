package org.nicsim.model.rss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** One test per classification rule (package documentation C1..C14). */
class FrameClassifierTest {
    private static final int F_VLAN = 1 << 1, F_V4 = 1 << 2, F_V6 = 1 << 3, F_TCP = 1 << 4, F_UDP = 1 << 5,
            F_FRAG = 1 << 6, F_BAD = 1 << 7;

    private static byte[] tuple(String src, String dst, int sport, int dport) {
        return new Frames.Builder().bytes(Frames.addr(src)).bytes(Frames.addr(dst)).u16(sport).u16(dport).build();
    }

    private static byte[] tuple(String src, String dst) {
        return new Frames.Builder().bytes(Frames.addr(src)).bytes(Frames.addr(dst)).build();
    }

    @Test
    void c1RuntIsMalformed() {
        Classification c = FrameClassifier.classify(new byte[13]);
        assertEquals(F_BAD, c.flags());
        assertEquals(L3Kind.NONE, c.l3());
    }

    @Test
    void c2VlanTagIsSkippedAndTciReported() {
        byte[] f = Frames.eth(0x8100).u16(0xA07B).u16(0x0800).ipv4(5, 28, 0, 17, "10.0.0.1", "10.0.0.2")
                .u16(1000).u16(2000).zeros(4).build();
        Classification c = FrameClassifier.classify(f);
        assertEquals(F_VLAN | F_V4 | F_UDP, c.flags());
        assertEquals(0xA07B, c.vlanTci());
        assertEquals(18, c.l3Offset());
        assertArrayEquals(tuple("10.0.0.1", "10.0.0.2", 1000, 2000), c.l4Tuple());
    }

    @Test
    void c2TruncatedVlanTagIsMalformedWithoutVlanFlag() {
        byte[] f = Frames.eth(0x8100).u16(0x0005).u16(0x08).build(); // 17 bytes
        Classification c = FrameClassifier.classify(f, 17);
        assertEquals(F_BAD, c.flags());
        assertEquals(0, c.vlanTci());
    }

    @Test
    void c2SecondVlanTagIsAnOtherEtherType() {
        byte[] f = Frames.eth(0x8100).u16(7).u16(0x8100).u16(9).u16(0x0800).zeros(40).build();
        Classification c = FrameClassifier.classify(f);
        assertEquals(F_VLAN, c.flags());
        assertEquals(L3Kind.NONE, c.l3());
        assertEquals(7, c.vlanTci());
    }

    @Test
    void c3NonIpEtherTypeIsNotMalformed() {
        byte[] arp = Frames.eth(0x0806).zeros(46).build();
        Classification c = FrameClassifier.classify(arp);
        assertEquals(0, c.flags());
        assertEquals(L3Kind.NONE, c.l3());
        assertEquals(0, c.l3Tuple().length);
    }

    @Test
    void c4Ipv4ShorterThanTwentyBytesIsMalformed() {
        byte[] f = Frames.eth(0x0800).bytes(0x45, 0).u16(20).zeros(15).build(); // 19 bytes of IP
        assertEquals(F_V4 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c5Ipv4VersionOtherThanFourIsMalformed() {
        byte[] f = Frames.eth(0x0800).ipv4(5, 28, 0, 6, "1.1.1.1", "2.2.2.2").u16(1).u16(2).zeros(4).build();
        f[14] = 0x65;
        assertEquals(F_V4 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c6Ipv4IhlBelowFiveIsMalformed() {
        byte[] f = Frames.eth(0x0800).ipv4(5, 28, 0, 6, "1.1.1.1", "2.2.2.2").u16(1).u16(2).zeros(4).build();
        f[14] = 0x44;
        assertEquals(F_V4 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c6Ipv4OptionsAreSkippedToFindThePorts() {
        byte[] f = Frames.eth(0x0800).ipv4(7, 28 + 8, 0, 6, "1.1.1.1", "2.2.2.2").u16(443).u16(8080).zeros(4).build();
        Classification c = FrameClassifier.classify(f);
        assertEquals(F_V4 | F_TCP, c.flags());
        assertArrayEquals(tuple("1.1.1.1", "2.2.2.2", 443, 8080), c.l4Tuple());
    }

    @Test
    void c6Ipv4OptionsCutOffByTheFrameEndAreMalformed() {
        // IHL 15 = 60 bytes but only 40 bytes of IP in the frame.
        byte[] f = Frames.eth(0x0800).bytes(0x4F, 0).u16(40).zeros(36).build();
        assertEquals(F_V4 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c7TotalLengthBelowHeaderLengthIsMalformed() {
        byte[] f = Frames.eth(0x0800).ipv4(5, 19, 0, 6, "1.1.1.1", "2.2.2.2").u16(1).u16(2).zeros(4).build();
        assertEquals(F_V4 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c7TotalLengthBeyondTheFrameIsMalformed() {
        byte[] f = Frames.eth(0x0800).ipv4(5, 29, 0, 6, "1.1.1.1", "2.2.2.2").u16(1).u16(2).zeros(4).build();
        assertEquals(F_V4 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c7EthernetPaddingAfterTheDatagramIsFine() {
        byte[] f = Frames.eth(0x0800).ipv4(5, 24, 0, 17, "1.1.1.1", "2.2.2.2").u16(53).u16(53).zeros(22).build();
        Classification c = FrameClassifier.classify(f);
        assertEquals(F_V4 | F_UDP, c.flags());
    }

    @Test
    void c8MoreFragmentsMakesAnL3OnlyFragment() {
        byte[] f = Frames.eth(0x0800).ipv4(5, 28, 0x2000, 6, "1.1.1.1", "2.2.2.2").u16(1).u16(2).zeros(4).build();
        Classification c = FrameClassifier.classify(f);
        assertEquals(F_V4 | F_FRAG, c.flags());
        assertEquals(L4Kind.NONE, c.l4());
        assertArrayEquals(tuple("1.1.1.1", "2.2.2.2"), c.l3Tuple());
    }

    @Test
    void c8NonZeroOffsetMakesAnL3OnlyFragment() {
        byte[] f = Frames.eth(0x0800).ipv4(5, 28, 0x0001, 17, "1.1.1.1", "2.2.2.2").zeros(8).build();
        assertEquals(F_V4 | F_FRAG, FrameClassifier.classify(f).flags());
    }

    @Test
    void c8DontFragmentBitIsNotAFragment() {
        byte[] f = Frames.eth(0x0800).ipv4(5, 28, 0x4000, 17, "1.1.1.1", "2.2.2.2").u16(1).u16(2).zeros(4).build();
        assertEquals(F_V4 | F_UDP, FrameClassifier.classify(f).flags());
    }

    @Test
    void c8PortsOutsideTheDatagramAreMalformed() {
        // TL 22: only 2 of the 4 port bytes are inside the datagram, although the frame has padding.
        byte[] f = Frames.eth(0x0800).ipv4(5, 22, 0, 6, "1.1.1.1", "2.2.2.2").zeros(26).build();
        assertEquals(F_V4 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c8OtherProtocolIsL3Only() {
        byte[] icmp = Frames.eth(0x0800).ipv4(5, 28, 0, 1, "1.1.1.1", "2.2.2.2").zeros(8).build();
        Classification c = FrameClassifier.classify(icmp);
        assertEquals(F_V4, c.flags());
        assertEquals(L4Kind.NONE, c.l4());
    }

    @Test
    void c9Ipv6ShorterThanFortyBytesIsMalformed() {
        byte[] f = Frames.eth(0x86DD).bytes(0x60).zeros(38).build();
        assertEquals(F_V6 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c10Ipv6VersionOtherThanSixIsMalformed() {
        byte[] f = Frames.ipv6L4(6, "::1", 1, "::2", 2);
        f[14] = 0x40;
        assertEquals(F_V6 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c11Ipv6PayloadBeyondTheFrameIsMalformed() {
        byte[] f = Frames.eth(0x86DD).ipv6(9, 6, "::1", "::2").u16(1).u16(2).zeros(4).build();
        assertEquals(F_V6 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c12Ipv6TcpReadsPortsAfterTheFixedHeader() {
        byte[] f = Frames.ipv6L4(6, "3ffe:2501:200:1fff::7", 2794, "3ffe:2501:200:3::1", 1766);
        Classification c = FrameClassifier.classify(f);
        assertEquals(F_V6 | F_TCP, c.flags());
        byte[] expect = new Frames.Builder().bytes(Frames.addr("3ffe:2501:200:1fff::7"))
                .bytes(Frames.addr("3ffe:2501:200:3::1")).u16(2794).u16(1766).build();
        assertArrayEquals(expect, c.l4Tuple());
        assertEquals(32, c.l3Tuple().length);
    }

    @Test
    void c12Ipv6ExtensionHeaderIsL3OnlyWithoutFragmentFlag() {
        byte[] frag = Frames.eth(0x86DD).ipv6(16, 44, "::1", "::2").bytes(6, 0).u16(1).zeros(4).u16(1).u16(2)
                .zeros(4).build();
        Classification c = FrameClassifier.classify(frag);
        assertEquals(F_V6, c.flags());
        assertEquals(L4Kind.NONE, c.l4());
    }

    @Test
    void c12Ipv6UdpPayloadTooShortForPortsIsMalformed() {
        byte[] f = Frames.eth(0x86DD).ipv6(3, 17, "::1", "::2").zeros(3).build();
        assertEquals(F_V6 | F_BAD, FrameClassifier.classify(f).flags());
    }

    @Test
    void c13MalformedKeepsVlanAndL3FlagsButNeverL4OrFragment() {
        // A fragment whose total length exceeds the frame: malformed wins, no fragment flag.
        byte[] f = Frames.eth(0x8100).u16(3).u16(0x0800).ipv4(5, 100, 0x2000, 6, "1.1.1.1", "2.2.2.2")
                .zeros(8).build();
        Classification c = FrameClassifier.classify(f);
        assertEquals(F_VLAN | F_V4 | F_BAD, c.flags());
        assertEquals(3, c.vlanTci());
        assertEquals(0, c.l3Tuple().length);
    }

    @Test
    void c14FlagsNeverIncludeDescriptorDone() {
        assertEquals(0, FrameClassifier.classify(Frames.ipv4L4(6, "1.1.1.1", 1, "2.2.2.2", 2)).flags() & 1);
    }

    @Test
    void lengthOutsideTheArrayIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FrameClassifier.classify(new byte[10], 11));
        assertThrows(IllegalArgumentException.class, () -> FrameClassifier.classify(null));
    }
}
