package org.nicsim.rtl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.nicsim.traffic.frame.EtherTypes;
import org.nicsim.traffic.frame.FrameBuilder;
import org.nicsim.traffic.frame.Ipv4Header;
import org.nicsim.traffic.frame.Ipv6Header;
import org.nicsim.traffic.frame.MacAddress;
import org.nicsim.traffic.frame.TcpHeader;
import org.nicsim.traffic.frame.UdpHeader;

/** Hand-made frames for the RX tests, built with the traffic frame builder. */
final class RxFrames {
    static final MacAddress DST_MAC = MacAddress.parse("02:00:00:00:00:01");
    static final MacAddress SRC_MAC = MacAddress.parse("02:00:00:00:00:02");
    /** GRE: an IP protocol that is neither TCP nor UDP. */
    static final int IPPROTO_GRE = 47;
    /** IPv6 "No Next Header". */
    static final int IPV6_NO_NEXT = 59;
    /** Router Alert (RFC 2711) for a hop-by-hop header. */
    static final byte[] ROUTER_ALERT = {0x05, 0x02, 0x00, 0x00};

    /** What follows the IP header. */
    enum L4 {
        TCP, UDP, OTHER
    }

    private RxFrames() {
    }

    static FrameBuilder ethernet() {
        return new FrameBuilder().destination(DST_MAC).source(SRC_MAC);
    }

    static Ipv4Header.Builder ipv4(InetAddress src, InetAddress dst) {
        return Ipv4Header.builder().source((Inet4Address) src).destination((Inet4Address) dst).identification(0x1234);
    }

    static Ipv6Header.Builder ipv6(InetAddress src, InetAddress dst) {
        return Ipv6Header.builder().source((Inet6Address) src).destination((Inet6Address) dst);
    }

    /** An IPv4 or IPv6 frame of the vector's tuple, {@code length} bytes, optionally tagged. */
    static byte[] of(RxVectors.Vector v, L4 l4, int length, int vlanTci) {
        FrameBuilder b = ethernet();
        if (vlanTci >= 0) {
            b.vlan(vlanTci);
        }
        if (v.ipv6()) {
            Ipv6Header.Builder ip = ipv6(v.src(), v.dst());
            if (l4 == L4.OTHER) {
                ip.nextHeader(IPV6_NO_NEXT);
            }
            b.ipv6(ip.build());
        } else {
            Ipv4Header.Builder ip = ipv4(v.src(), v.dst());
            if (l4 == L4.OTHER) {
                ip.protocol(IPPROTO_GRE);
            }
            b.ipv4(ip.build());
        }
        transport(b, v, l4);
        return b.frameLength(length).build();
    }

    static byte[] of(RxVectors.Vector v, L4 l4) {
        return of(v, l4, 128, -1);
    }

    static void transport(FrameBuilder b, RxVectors.Vector v, L4 l4) {
        switch (l4) {
            case TCP -> b.transport(TcpHeader.ack(v.srcPort(), v.dstPort(), 1000, 2000));
            case UDP -> b.transport(new UdpHeader(v.srcPort(), v.dstPort()));
            case OTHER -> b.payload(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
    }

    /** IPv4 TCP between the given addresses, {@code length} bytes. */
    static byte[] tcp4(String src, String dst, int sport, int dport, int length) {
        return ethernet().ipv4(ipv4(addr(src), addr(dst)).build())
                .transport(TcpHeader.ack(sport, dport, 1, 2)).frameLength(length).build();
    }

    /** A frame with a non-IP EtherType and {@code length} bytes. */
    static byte[] nonIp(int etherType, int length) {
        return ethernet().etherType(etherType).payload(new byte[] {0x11, 0x22, 0x33}).frameLength(length).build();
    }

    static byte[] arp() {
        return nonIp(EtherTypes.ARP, 60);
    }

    static InetAddress addr(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
