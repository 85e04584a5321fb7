package org.nicsim.model.rss;

/** Bits of the RX write-back flags field (docs/registers.md, bytes 6-7). */
public final class RxFlags {
    /** Descriptor done: set by the NIC on write-back, never by classification. */
    public static final int DD = 1 << 0;
    public static final int VLAN = 1 << 1;
    public static final int IPV4 = 1 << 2;
    public static final int IPV6 = 1 << 3;
    public static final int TCP = 1 << 4;
    public static final int UDP = 1 << 5;
    public static final int IP_FRAGMENT = 1 << 6;
    public static final int MALFORMED = 1 << 7;

    private RxFlags() {
    }
}
