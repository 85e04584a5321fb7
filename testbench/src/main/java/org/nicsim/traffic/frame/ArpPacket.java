package org.nicsim.traffic.frame;

import java.net.Inet4Address;

/**
 * An ARP packet for IPv4 over Ethernet (RFC 826): hardware type 1, protocol type 0x0800,
 * lengths 6 and 4. Used as the testbench's non-IP EtherType.
 *
 * @param operation 1 request, 2 reply
 */
public record ArpPacket(int operation, MacAddress senderMac, Inet4Address senderIp,
                        MacAddress targetMac, Inet4Address targetIp) {
    /** Length of the ARP body. */
    public static final int LENGTH = 28;
    public static final int REQUEST = 1;
    public static final int REPLY = 2;

    public ArpPacket {
        if (operation != REQUEST && operation != REPLY) {
            throw new IllegalArgumentException("arp.operation: must be 1 (request) or 2 (reply), got " + operation);
        }
        Fields.checkNotNull("arp.senderMac", senderMac);
        Fields.checkNotNull("arp.senderIp", senderIp);
        Fields.checkNotNull("arp.targetMac", targetMac);
        Fields.checkNotNull("arp.targetIp", targetIp);
    }

    /** The 28-byte body, in network order. */
    public byte[] toBytes() {
        byte[] b = new byte[LENGTH];
        Fields.putU16(b, 0, 1);
        Fields.putU16(b, 2, EtherTypes.IPV4);
        b[4] = 6;
        b[5] = 4;
        Fields.putU16(b, 6, operation);
        senderMac.writeTo(b, 8);
        System.arraycopy(senderIp.getAddress(), 0, b, 14, 4);
        targetMac.writeTo(b, 18);
        System.arraycopy(targetIp.getAddress(), 0, b, 24, 4);
        return b;
    }
}
