package org.nicsim.traffic.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Expected frames were computed by hand / by a separate few-line Python script written from the
 * RFCs (struct.pack and an RFC 1071 sum), not by this code.
 */
class FrameBuilderTest {
    static final MacAddress NIC = MacAddress.parse("02:4e:49:43:00:01");
    static final MacAddress HOST = MacAddress.parse("02:00:00:00:00:02");

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    static Inet4Address v4(String s) {
        try {
            return (Inet4Address) InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static Inet6Address v6(String s) {
        try {
            return (Inet6Address) InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ipv4HeaderMatchesTheWikipediaChecksumExample() {
        // 192.168.0.1 -> 192.168.0.199, total length 0x73, DF, TTL 64, UDP: checksum b861
        Ipv4Header ip = Ipv4Header.builder().source(v4("192.168.0.1")).destination(v4("192.168.0.199"))
                .dontFragment(true).ttl(64).protocol(IpProtocols.UDP).build();
        byte[] f = new FrameBuilder().destination(NIC).source(HOST).ipv4(ip).payload(new byte[0x73 - 20]).build();
        assertArrayEquals(hex("450000730000400040110000c0a80001c0a800c7".replace("40110000", "4011b861")),
                Arrays.copyOfRange(f, 14, 34));
    }

    @Test
    void udpOverIpv4FrameIsPaddedTo60AndHasBothChecksums() {
        byte[] f = new FrameBuilder().destination(NIC).source(HOST)
                .ipv4(Ipv4Header.builder().source(v4("10.0.0.1")).destination(v4("172.16.0.2")).identification(0x1234).build())
                .transport(new UdpHeader(40000, 53)).payload("nicsim".getBytes(StandardCharsets.US_ASCII)).build();
        assertArrayEquals(hex("024e49430001020000000002080045000022123400004011b2840a000001ac1000029c40"
                + "0035000e71ff6e696373696d000000000000000000000000"), f);
    }

    @Test
    void tcpOverIpv6WithVlanTagMatchesHandComputedBytes() {
        byte[] f = new FrameBuilder().destination(NIC).source(HOST).vlan((5 << 13) | 100)
                .ipv6(Ipv6Header.builder().source(v6("fd00::1")).destination(v6("fd00::2")).build())
                .transport(new TcpHeader(12345, 80, 1, 0, TcpHeader.SYN, 0xFFFF)).build();
        assertArrayEquals(hex("024e494300010200000000028100a06486dd6000000000140640fd00000000000000000000000000"
                + "0001fd0000000000000000000000000000023039005000000001000000005002ffff85540000"), f);
    }

    @Test
    void icmpEchoChecksumCoversOnlyTheMessage() {
        byte[] f = new FrameBuilder().destination(NIC).source(HOST)
                .ipv4(Ipv4Header.builder().source(v4("10.0.0.1")).destination(v4("10.0.0.2")).build())
                .transport(new IcmpEchoHeader(IcmpEchoHeader.ECHO_REQUEST, 0x0102, 7))
                .payload("abcd".getBytes(StandardCharsets.US_ASCII)).build();
        assertEquals(1, f[23]); // protocol ICMP
        assertArrayEquals(hex("080032300102000761626364"), Arrays.copyOfRange(f, 34, 46));
    }

    @Test
    void vlanTagSitsBetweenSourceMacAndEtherType() {
        byte[] f = new FrameBuilder().destination(NIC).source(HOST).vlan(0xE00A).etherType(EtherTypes.ARP)
                .payload(new byte[28]).build();
        assertArrayEquals(hex("024e49430001" + "020000000002" + "8100" + "e00a" + "0806"), Arrays.copyOf(f, 18));
    }

    @Test
    void arpRequestIsZeroPaddedTo60Bytes() {
        ArpPacket arp = new ArpPacket(ArpPacket.REQUEST, HOST, v4("10.0.0.1"), MacAddress.of(new byte[6]), v4("10.0.0.9"));
        byte[] f = new FrameBuilder().destination(MacAddress.parse("ff:ff:ff:ff:ff:ff")).source(HOST)
                .etherType(EtherTypes.ARP).payload(arp.toBytes()).build();
        // RFC 826 for Ethernet/IPv4: htype 1, ptype 0800, hlen 6, plen 4, op 1, sha, spa, tha, tpa
        assertArrayEquals(hex("ffffffffffff0200000000020806" + "0001080006040001" + "020000000002" + "0a000001"
                + "000000000000" + "0a000009" + "000000000000000000000000000000000000"), f);
    }

    @Test
    void ipv4OptionsSetIhlAndMoveTheTransportHeader() {
        byte[] opts = {(byte) 0x94, 4, 0, 0, 1, 1, 1, 0};
        byte[] f = new FrameBuilder().destination(NIC).source(HOST)
                .ipv4(Ipv4Header.builder().source(v4("10.0.0.1")).destination(v4("10.0.0.2")).options(opts).build())
                .transport(new UdpHeader(1000, 2000)).build();
        assertEquals(0x47, f[14] & 0xFF); // version 4, IHL 7 = 28 bytes
        assertEquals(28 + 8, ((f[16] & 0xFF) << 8) | (f[17] & 0xFF));
        assertArrayEquals(opts, Arrays.copyOfRange(f, 34, 42));
        assertArrayEquals(hex("03e807d0"), Arrays.copyOfRange(f, 42, 46)); // UDP ports after the options
        assertEquals(0, InternetChecksum.of(f, 14, 28)); // header checksum verifies over 28 bytes
    }

    @Test
    void fragmentFieldsPackFlagsAndOffset() {
        byte[] f = new FrameBuilder().destination(NIC).source(HOST)
                .ipv4(Ipv4Header.builder().source(v4("10.0.0.1")).destination(v4("10.0.0.2")).moreFragments(true)
                        .fragmentOffset(185).protocol(IpProtocols.UDP).build())
                .payload(new byte[64]).build();
        // MF (0x2000) | 185 = 0x20b9
        assertArrayEquals(hex("20b9"), Arrays.copyOfRange(f, 20, 22));
    }

    @Test
    void hopByHopHeaderIsPaddedWithPadNAndCarriesTheUpperProtocol() {
        byte[] f = new FrameBuilder().destination(NIC).source(HOST)
                .ipv6(Ipv6Header.builder().source(v6("fd00::1")).destination(v6("ff02::16"))
                        .hopByHopOptions(new byte[] {5, 2, 0, 0}).build())
                .transport(new UdpHeader(1, 2)).build();
        assertEquals(0, f[20]); // fixed header next header = Hop-by-Hop Options
        assertArrayEquals(hex("0010"), Arrays.copyOfRange(f, 18, 20)); // payload length 8 + 8
        // next header UDP, Hdr Ext Len 0, Router Alert (05 02 0000), PadN of length 0 (01 00)
        assertArrayEquals(hex("1100050200000100"), Arrays.copyOfRange(f, 54, 62));
    }

    @Test
    void frameLengthExtendsThePayloadAndTheIpLength() {
        byte[] f = new FrameBuilder().destination(NIC).source(HOST)
                .ipv4(Ipv4Header.builder().source(v4("10.0.0.1")).destination(v4("10.0.0.2")).build())
                .transport(new UdpHeader(1, 2)).frameLength(1514).build();
        assertEquals(1514, f.length);
        assertEquals(1500, ((f[16] & 0xFF) << 8) | (f[17] & 0xFF));
        assertEquals(1480, ((f[38] & 0xFF) << 8) | (f[39] & 0xFF));
    }

    @Test
    void overridesBreakOnlyTheirFieldAndKeepTheChecksumValid() {
        byte[] f = new FrameBuilder().destination(NIC).source(HOST)
                .ipv4(Ipv4Header.builder().source(v4("10.0.0.1")).destination(v4("10.0.0.2")).version(6).ihl(3)
                        .totalLength(9).protocol(IpProtocols.TCP).build())
                .build();
        assertEquals(0x63, f[14] & 0xFF);
        assertEquals(9, ((f[16] & 0xFF) << 8) | (f[17] & 0xFF));
        assertEquals(0, InternetChecksum.of(f, 14, 20));
    }

    @Test
    void badFieldValuesNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Header.builder().ttl(256));
        assertTrue(e.getMessage().startsWith("ipv4.ttl"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new TcpHeader(70000, 1, 0, 0, 0, 0));
        assertTrue(e.getMessage().startsWith("tcp.sourcePort"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Ipv4Header.builder().options(new byte[3]));
        assertTrue(e.getMessage().startsWith("ipv4.options"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MacAddress.parse("02:00:00"));
        assertTrue(e.getMessage().startsWith("MAC address"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new FrameBuilder().transport(new UdpHeader(1, 2)).build());
        assertTrue(e.getMessage().startsWith("transport"), e.getMessage());
    }

    @Property(seed = "20261127")
    void tcpAndUdpChecksumsVerifyOverPseudoHeaderAndSegment(
            @ForAll @IntRange(max = 65535) int sport, @ForAll @IntRange(max = 65535) int dport,
            @ForAll @Size(max = 300) byte[] payload, @ForAll boolean tcp, @ForAll boolean ipv6) {
        FrameBuilder b = new FrameBuilder().destination(NIC).source(HOST)
                .transport(tcp ? TcpHeader.ack(sport, dport, 7, 9) : new UdpHeader(sport, dport)).payload(payload);
        if (ipv6) {
            b.ipv6(Ipv6Header.builder().source(v6("fd00::1")).destination(v6("fd12:3456::2")).build());
        } else {
            b.ipv4(Ipv4Header.builder().source(v4("10.1.2.3")).destination(v4("172.16.9.8")).build());
        }
        byte[] f = b.build();
        int l3 = ipv6 ? 40 : 20;
        int seg = (tcp ? 20 : 8) + payload.length;
        // pseudo-header laid out from the RFCs (RFC 9293 3.1, RFC 8200 8.1) independently of the builder
        byte[] pseudo;
        if (ipv6) {
            pseudo = new byte[40];
            System.arraycopy(f, 22, pseudo, 0, 32);
            pseudo[34] = (byte) (seg >>> 8);
            pseudo[35] = (byte) seg;
            pseudo[39] = (byte) (tcp ? 6 : 17);
        } else {
            pseudo = new byte[12];
            System.arraycopy(f, 26, pseudo, 0, 8);
            pseudo[9] = (byte) (tcp ? 6 : 17);
            pseudo[10] = (byte) (seg >>> 8);
            pseudo[11] = (byte) seg;
        }
        byte[] all = new byte[pseudo.length + seg];
        System.arraycopy(pseudo, 0, all, 0, pseudo.length);
        System.arraycopy(f, 14 + l3, all, pseudo.length, seg);
        assertEquals(0, InternetChecksum.of(all, 0, all.length));
    }
}
