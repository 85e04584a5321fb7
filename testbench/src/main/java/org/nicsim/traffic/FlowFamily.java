package org.nicsim.traffic;

import org.nicsim.traffic.TrafficSpec.MixClass;

/** The fixed protocol family of a flow. */
public enum FlowFamily {
    /** TCP over IPv4. */
    TCP4(MixClass.TCP4, 4),
    /** UDP over IPv4. */
    UDP4(MixClass.UDP4, 4),
    /** TCP over IPv6. */
    TCP6(MixClass.TCP6, 6),
    /** UDP over IPv6. */
    UDP6(MixClass.UDP6, 6),
    /** ICMP echo over IPv4 (L3-only for RSS). */
    ICMP4(MixClass.OTHER, 4),
    /** IPv6 with a Hop-by-Hop Options header before UDP (L3-only for RSS: rule C12). */
    IPV6_HOP_BY_HOP(MixClass.OTHER, 6),
    /** ARP, a non-IP EtherType (no hash: rule C3). */
    ARP(MixClass.OTHER, 0);

    /** The "other" families, in the order flows of that class take them. */
    static final FlowFamily[] OTHERS = {ICMP4, IPV6_HOP_BY_HOP, ARP};

    private final MixClass mixClass;
    private final int ipVersion;

    FlowFamily(MixClass mixClass, int ipVersion) {
        this.mixClass = mixClass;
        this.ipVersion = ipVersion;
    }

    /** The mix class whose fraction selects this family. */
    public MixClass mixClass() {
        return mixClass;
    }

    /** 4, 6, or 0 for a non-IP family. */
    public int ipVersion() {
        return ipVersion;
    }

    /** True for the families carrying TCP or UDP ports the NIC hashes (rules C8, C12). */
    public boolean hasPorts() {
        return this == TCP4 || this == UDP4 || this == TCP6 || this == UDP6;
    }
}
