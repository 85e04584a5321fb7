package org.nicsim.traffic.frame;

/** EtherType values (IEEE registry) the testbench builds or the NIC parses. */
public final class EtherTypes {
    /** Internet Protocol version 4. */
    public static final int IPV4 = 0x0800;
    /** Address Resolution Protocol (RFC 826). */
    public static final int ARP = 0x0806;
    /** IEEE 802.1Q customer VLAN tag protocol identifier. */
    public static final int VLAN = 0x8100;
    /** Internet Protocol version 6. */
    public static final int IPV6 = 0x86DD;

    private EtherTypes() {
    }
}
