package org.nicsim.traffic.frame;

/** IP protocol / IPv6 next-header numbers (IANA "Assigned Internet Protocol Numbers"). */
public final class IpProtocols {
    /** IPv6 Hop-by-Hop Options extension header. */
    public static final int HOPOPT = 0;
    /** Internet Control Message Protocol (IPv4). */
    public static final int ICMP = 1;
    /** Transmission Control Protocol. */
    public static final int TCP = 6;
    /** User Datagram Protocol. */
    public static final int UDP = 17;
    /** ICMP for IPv6. */
    public static final int ICMPV6 = 58;

    private IpProtocols() {
    }
}
