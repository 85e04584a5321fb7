package org.nicsim.model.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** One test per row of the docs/dispatch-model.md hash type table (rules H1..H9). */
class HashTypeSelectionTest {
    private static final byte[] TCP4 = Frames.ipv4L4(6, "66.9.149.187", 2794, "161.142.100.80", 1766);
    private static final byte[] UDP4 = Frames.ipv4L4(17, "66.9.149.187", 2794, "161.142.100.80", 1766);
    private static final byte[] TCP6 = Frames.ipv6L4(6, "3ffe:2501:200:1fff::7", 2794, "3ffe:2501:200:3::1", 1766);
    private static final byte[] UDP6 = Frames.ipv6L4(17, "3ffe:2501:200:1fff::7", 2794, "3ffe:2501:200:3::1", 1766);

    private static RssPlacement place(byte[] f, int enabledBits) {
        RssConfig cfg = new RssConfig(ToeplitzKey.DEFAULT, new RssHashTypes(enabledBits), Reta.roundRobin(4), 3);
        return new RssModel(cfg).place(f);
    }

    @Test
    void ipv4TcpWithTcpIpv4EnabledIsRssTcpIpv4On12Bytes() {
        RssPlacement p = place(TCP4, RssHashTypes.TCP_IPV4);
        assertEquals(0x82, p.hashType().mHashType());
        assertEquals(0x51ccc178, p.hash()); // Microsoft L4 answer
    }

    @Test
    void ipv4UdpWithUdpIpv4EnabledIsRssUdpIpv4On12Bytes() {
        RssPlacement p = place(UDP4, RssHashTypes.UDP_IPV4);
        assertEquals(0x87, p.hashType().mHashType());
        assertEquals(0x51ccc178, p.hash()); // same tuple as the TCP vector
    }

    @Test
    void ipv4TcpWithOnlyIpv4EnabledIsRssIpv4On8Bytes() {
        RssPlacement p = place(TCP4, RssHashTypes.IPV4 | RssHashTypes.UDP_IPV4);
        assertEquals(0x81, p.hashType().mHashType());
        assertEquals(0x323e8fc2, p.hash()); // Microsoft L3 answer
    }

    @Test
    void ipv4FragmentIsRssIpv4EvenWithTcpEnabled() {
        byte[] frag = Frames.eth(0x0800).ipv4(5, 28, 0x2000, 6, "66.9.149.187", "161.142.100.80").zeros(8).build();
        RssPlacement p = place(frag, RssHashTypes.VALID);
        assertEquals(HashType.RSS_IPV4, p.hashType());
        assertEquals(0x323e8fc2, p.hash());
    }

    @Test
    void ipv6TcpWithTcpIpv6EnabledIsRssTcpIpv6On36Bytes() {
        RssPlacement p = place(TCP6, RssHashTypes.TCP_IPV6);
        assertEquals(0x84, p.hashType().mHashType());
        assertEquals(0x40207d3d, p.hash());
    }

    @Test
    void ipv6UdpWithUdpIpv6EnabledIsRssUdpIpv6On36Bytes() {
        RssPlacement p = place(UDP6, RssHashTypes.UDP_IPV6);
        assertEquals(0x89, p.hashType().mHashType());
        assertEquals(0x40207d3d, p.hash());
    }

    @Test
    void ipv6UdpWithOnlyIpv6EnabledIsRssIpv6On32Bytes() {
        RssPlacement p = place(UDP6, RssHashTypes.IPV6);
        assertEquals(0x83, p.hashType().mHashType());
        assertEquals(0x2cc18cd5, p.hash());
    }

    @Test
    void nonIpIsNoneOnTheDefaultQueue() {
        RssPlacement p = place(Frames.eth(0x0806).zeros(46).build(), RssHashTypes.VALID);
        assertEquals(HashType.NONE, p.hashType());
        assertEquals(3, p.queue());
        assertEquals(0, p.hash());
    }

    @Test
    void disabledTypeIsNoneOnTheDefaultQueue() {
        RssPlacement p = place(TCP4, RssHashTypes.IPV6 | RssHashTypes.TCP_IPV6);
        assertEquals(HashType.NONE, p.hashType());
        assertEquals(3, p.queue());
    }

    @Test
    void malformedIsNoneOnTheDefaultQueue() {
        byte[] bad = TCP4.clone();
        bad[14] = 0x44;
        RssPlacement p = place(bad, RssHashTypes.VALID);
        assertEquals(HashType.NONE, p.hashType());
        assertEquals(3, p.queue());
    }

    @Test
    void hashedFrameGoesToRetaOfItsLowSevenBits() {
        // 0x51ccc178 & 127 = 0x78 = 120; round-robin over 4 queues: 120 % 4 = 0.
        RssPlacement p = place(TCP4, RssHashTypes.VALID);
        assertEquals(120, p.bucket());
        assertEquals(0, p.queue());
    }

    @Test
    void unknownHashTypeBitsAreRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RssHashTypes(1 << 5));
        assertEquals(true, e.getMessage().startsWith("rss.hashTypes"));
        assertThrows(IllegalArgumentException.class, () -> RssHashTypes.of(List.of("TCP4")));
    }

    @Test
    void hashTypeNamesMapToTheirBits() {
        assertEquals(RssHashTypes.VALID, RssHashTypes.of(List.of("IPV4", "TCP_IPV4", "UDP_IPV4", "IPV6", "TCP_IPV6",
                "UDP_IPV6")).bits());
        assertEquals(0x2 | 0x4 | 0x8 | 0x10 | 0x80 | 0x200, RssHashTypes.VALID);
    }
}
