package org.nicsim.traffic;

/**
 * What a generated frame is, in terms of the NIC's classification rules
 * (rules C1..C13 of {@code org.nicsim.model.rss} package-info; docs/dispatch-model.md). Malformed kinds name the rule they break.
 */
public enum FrameKind {
    /** IPv4 TCP, not fragmented. */
    TCP4(null),
    /** IPv4 UDP, not fragmented. */
    UDP4(null),
    /** IPv6 TCP. */
    TCP6(null),
    /** IPv6 UDP. */
    UDP6(null),
    /** IPv4 ICMP echo, not fragmented. */
    ICMP4(null),
    /** IPv6 whose next header is Hop-by-Hop Options (UDP behind it). */
    IPV6_HOP_BY_HOP(null),
    /** ARP: a non-IP EtherType. */
    ARP(null),
    /** IPv4 first fragment: MF set, offset 0, transport header present. */
    IPV4_FIRST_FRAGMENT(null),
    /** IPv4 later fragment: offset non-zero, MF either way, no transport header. */
    IPV4_LATER_FRAGMENT(null),

    /** C1: fewer than 14 bytes. */
    RUNT("C1"),
    /** C2: EtherType 0x8100 but fewer than 18 bytes. */
    VLAN_TRUNCATED("C2"),
    /** C4: fewer than 20 bytes from the IPv4 header to the end. */
    IPV4_TRUNCATED("C4"),
    /** C5: IPv4 EtherType, version nibble not 4. */
    IPV4_BAD_VERSION("C5"),
    /** C6: IHL below 5. */
    IPV4_IHL_BELOW_5("C6"),
    /** C6: IHL above 5 and the frame ends inside the options. */
    IPV4_OPTIONS_TRUNCATED("C6"),
    /** C7: total length below 4*IHL. */
    IPV4_TOTAL_LENGTH_BELOW_HEADER("C7"),
    /** C7: total length reaches beyond the end of the frame. */
    IPV4_TOTAL_LENGTH_BEYOND_FRAME("C7"),
    /** C8: unfragmented TCP/UDP whose datagram ends before the 4 port bytes (truncated L4 header). */
    IPV4_PORTS_TRUNCATED("C8"),
    /** C9: fewer than 40 bytes from the IPv6 header to the end. */
    IPV6_TRUNCATED("C9"),
    /** C10: IPv6 EtherType, version nibble not 6. */
    IPV6_BAD_VERSION("C10"),
    /** C11: payload length reaches beyond the end of the frame. */
    IPV6_PAYLOAD_BEYOND_FRAME("C11"),
    /** C12: TCP/UDP next header with a payload length below 4 (truncated L4 header). */
    IPV6_PORTS_TRUNCATED("C12");

    private final String rule;

    FrameKind(String rule) {
        this.rule = rule;
    }

    /** True for the kinds that break a classification rule. */
    public boolean malformed() {
        return rule != null;
    }

    /** The classification rule a malformed kind breaks ("C1".."C12"), or null. */
    public String rule() {
        return rule;
    }

    /** True for IPv4 fragments. */
    public boolean fragment() {
        return this == IPV4_FIRST_FRAGMENT || this == IPV4_LATER_FRAGMENT;
    }
}
