package org.nicsim.traffic;

import java.util.List;
import org.nicsim.traffic.frame.ArpPacket;
import org.nicsim.traffic.frame.EtherTypes;
import org.nicsim.traffic.frame.FrameBuilder;
import org.nicsim.traffic.frame.IcmpEchoHeader;
import org.nicsim.traffic.frame.IpProtocols;
import org.nicsim.traffic.frame.Ipv4Header;
import org.nicsim.traffic.frame.Ipv6Header;
import org.nicsim.traffic.frame.MacAddress;
import org.nicsim.traffic.frame.TcpHeader;
import org.nicsim.traffic.frame.Transport;
import org.nicsim.traffic.frame.UdpHeader;

/**
 * Builds the well-formed frames of a flow. Holds the per-flow counters a real sender advances
 * (IPv4 identification, TCP sequence, ICMP sequence), so one instance serves one pass over the
 * packet sequence.
 */
final class FrameFactory {
    /** One IPv4 header in this many carries options, so the parser's IHL handling is exercised. */
    private static final int OPTIONS_ONE_IN = 8;
    /** Router Alert (RFC 2113), a common real IPv4 option. */
    private static final byte[] ROUTER_ALERT_V4 = {(byte) 0x94, 0x04, 0x00, 0x00};
    /** Router Alert for IPv6 hop-by-hop (RFC 2711), as MLD sends it. */
    private static final byte[] ROUTER_ALERT_V6 = {0x05, 0x02, 0x00, 0x00};

    private final List<Flow> flows;
    private final int[] ipId;
    private final long[] tcpSeq;
    private final int[] icmpSeq;

    FrameFactory(List<Flow> flows, long seed) {
        this.flows = flows;
        int n = flows.size();
        ipId = new int[n];
        tcpSeq = new long[n];
        icmpSeq = new int[n];
        SplitMix64 r = SplitMix64.derive(seed, TrafficGenerator.STREAM_COUNTERS, 0);
        for (int i = 0; i < n; i++) {
            ipId[i] = r.nextInt(0, 0xFFFF);
            tcpSeq[i] = r.nextLong() & 0xFFFFFFFFL;
            icmpSeq[i] = r.nextInt(0, 0xFFFF);
        }
    }

    List<Flow> flows() {
        return flows;
    }

    /** Offset of the L3 header in a frame of this flow. */
    static int l3Offset(boolean vlan) {
        return FrameBuilder.ETHERNET_HEADER + (vlan ? FrameBuilder.VLAN_TAG : 0);
    }

    /**
     * The unfragmented frame of flow {@code f}, about {@code target} bytes long (never below its
     * headers or 60 bytes).
     *
     * @param optionWords IPv4 option words: -1 for the default chance, 0 for none, else exactly that many
     */
    byte[] unfragmented(Flow f, boolean vlan, int target, SplitMix64 r, int optionWords) {
        int length = Math.max(target, FrameBuilder.MIN_FRAME);
        FrameBuilder b = ethernet(f, vlan);
        switch (f.family()) {
            case ARP -> {
                ArpPacket arp = new ArpPacket(ArpPacket.REQUEST, f.sourceMac(), f.source4(),
                        MacAddress.of(new byte[6]), f.destination4());
                return b.etherType(EtherTypes.ARP).payload(arp.toBytes()).frameLength(length).build();
            }
            case TCP4, UDP4, ICMP4 -> b.ipv4(ipv4(f, r, optionWords).build());
            case TCP6, UDP6 -> b.ipv6(ipv6(f).build());
            case IPV6_HOP_BY_HOP -> b.ipv6(ipv6(f).hopByHopOptions(ROUTER_ALERT_V6).build());
        }
        b.transport(transport(f, 0, r, false)); // sized first, counters advance below
        int payload = Math.max(0, length - b.headerLength());
        b.transport(transport(f, payload, r, true));
        return b.payload(randomBytes(payload, r)).build();
    }

    /** An IPv4 first fragment: MF set, offset 0, transport header, data a multiple of 8 bytes. */
    byte[] firstFragment(Flow f, boolean vlan, int target, SplitMix64 r) {
        int length = Math.max(target, FrameBuilder.MIN_FRAME);
        FrameBuilder b = ethernet(f, vlan).ipv4(ipv4(f, r, -1).dontFragment(false).moreFragments(true).build());
        Transport probe = transport(f, 0, r, false);
        b.transport(probe);
        int l4 = probe.headerLength();
        int payload = Math.max(0, length - b.headerLength());
        int rem = (l4 + payload) % 8; // a non-last fragment carries a multiple of 8 data bytes
        if (rem != 0) {
            payload = payload >= rem ? payload - rem : payload + 8 - rem;
        }
        b.transport(transport(f, payload, r, true));
        return b.payload(randomBytes(payload, r)).build();
    }

    /** An IPv4 later fragment: offset non-zero, MF either way, raw data and no transport header. */
    byte[] laterFragment(Flow f, boolean vlan, int target, SplitMix64 r) {
        int length = Math.max(target, FrameBuilder.MIN_FRAME);
        boolean more = r.nextInt(2) == 0;
        Ipv4Header.Builder ip = ipv4(f, r, -1).dontFragment(false).moreFragments(more).protocol(protocol(f));
        FrameBuilder probe = ethernet(f, vlan).ipv4(ip.build());
        int ihlBytes = probe.headerLength() - l3Offset(vlan);
        int data = Math.max(0, length - probe.headerLength());
        if (more) {
            data = Math.max(8, data - data % 8);
        }
        int maxOffset = Math.min(0x1FFF, (0xFFFF - ihlBytes - data) / 8);
        ip.fragmentOffset(r.nextInt(1, maxOffset));
        return ethernet(f, vlan).ipv4(ip.build()).payload(randomBytes(data, r)).build();
    }

    private FrameBuilder ethernet(Flow f, boolean vlan) {
        FrameBuilder b = new FrameBuilder().destination(f.destinationMac()).source(f.sourceMac());
        if (vlan) {
            b.vlan(f.vlanTci());
        }
        return b;
    }

    private Ipv4Header.Builder ipv4(Flow f, SplitMix64 r, int optionWords) {
        int id = ipId[f.id()];
        ipId[f.id()] = (id + 1) & 0xFFFF;
        int words = optionWords >= 0 ? optionWords
                : r.nextInt(OPTIONS_ONE_IN) == 0 ? r.nextInt(1, 10) : 0;
        Ipv4Header.Builder b = Ipv4Header.builder().source(f.source4()).destination(f.destination4())
                .identification(id).dontFragment(f.family() == FlowFamily.TCP4).ttl(64);
        if (words > 0) {
            b.options(options(words));
        }
        return b;
    }

    /** Router Alert then NOPs, ending in End of Option List. */
    static byte[] options(int words) {
        byte[] o = new byte[4 * words];
        System.arraycopy(ROUTER_ALERT_V4, 0, o, 0, 4);
        for (int i = 4; i < o.length - 1; i++) {
            o[i] = 1; // NOP
        }
        return o; // last byte stays 0: End of Option List
    }

    private Ipv6Header.Builder ipv6(Flow f) {
        return Ipv6Header.builder().source(f.source6()).destination(f.destination6()).hopLimit(64);
    }

    private static int protocol(Flow f) {
        return switch (f.family()) {
            case TCP4, TCP6 -> IpProtocols.TCP;
            case UDP4, UDP6, IPV6_HOP_BY_HOP -> IpProtocols.UDP;
            case ICMP4 -> IpProtocols.ICMP;
            case ARP -> throw new IllegalArgumentException("ARP has no IP protocol");
        };
    }

    /** The transport header; {@code advance} moves the flow's counters past this packet. */
    private Transport transport(Flow f, int payload, SplitMix64 r, boolean advance) {
        int id = f.id();
        return switch (f.family()) {
            case TCP4, TCP6 -> {
                long seq = tcpSeq[id];
                if (advance) {
                    tcpSeq[id] = (seq + payload) & 0xFFFFFFFFL;
                }
                int flags = TcpHeader.ACK | (payload > 0 ? TcpHeader.PSH : 0);
                yield new TcpHeader(f.sourcePort(), f.destinationPort(), seq, advance ? r.nextLong() & 0xFFFFFFFFL : 0,
                        flags, 0xFFFF);
            }
            case UDP4, UDP6, IPV6_HOP_BY_HOP -> new UdpHeader(f.sourcePort(), f.destinationPort());
            case ICMP4 -> {
                int seq = icmpSeq[id];
                if (advance) {
                    icmpSeq[id] = (seq + 1) & 0xFFFF;
                }
                yield new IcmpEchoHeader(IcmpEchoHeader.ECHO_REQUEST, f.sourcePort(), seq);
            }
            case ARP -> throw new IllegalArgumentException("ARP has no transport header");
        };
    }

    private static byte[] randomBytes(int n, SplitMix64 r) {
        byte[] b = new byte[n];
        r.nextBytes(b, 0, n);
        return b;
    }
}
