package org.nicsim.model.netisr;

/** Protocol numbers ({@code <net/netisr.h>}; see netisr(9)). */
public final class NetisrProto {
    /** IPv4. */
    public static final int NETISR_IP = 1;
    /** IGMPv3 loopback. */
    public static final int NETISR_IGMP = 2;
    /** Routing socket loopback. */
    public static final int NETISR_ROUTE = 3;
    /** ARP. */
    public static final int NETISR_ARP = 4;
    /** ether_input. */
    public static final int NETISR_ETHER = 5;
    /** IPv6. */
    public static final int NETISR_IPV6 = 6;
    /** epair(4). */
    public static final int NETISR_EPAIR = 8;
    /** Direct-dispatch IPv4 (after reassembly). */
    public static final int NETISR_IP_DIRECT = 9;
    /** Direct-dispatch IPv6. */
    public static final int NETISR_IPV6_DIRECT = 10;
    /** Protocol numbers are 1 .. NETISR_MAXPROT - 1. */
    public static final int NETISR_MAXPROT = 16;

    private NetisrProto() {
    }
}
