package org.nicsim.traffic.frame;

/**
 * Assembles an Ethernet II frame without FCS: MAC addresses, an optional single 802.1Q tag, an
 * IPv4 or IPv6 header (or a raw EtherType), an optional transport header, and the payload.
 * Lengths and checksums are filled in; frames shorter than {@link #MIN_FRAME} are zero-padded
 * (padding is not counted in IP or UDP lengths). Multi-byte fields are big-endian.
 *
 * <p>Typical use:
 * <pre>{@code
 * byte[] f = new FrameBuilder().destination(dst).source(src).vlan(0x2005)
 *         .ipv4(Ipv4Header.builder().source(a).destination(b).build())
 *         .transport(TcpHeader.ack(40000, 80, 1, 0)).frameLength(128).build();
 * }</pre>
 */
public final class FrameBuilder {
    /** Ethernet header length without a tag. */
    public static final int ETHERNET_HEADER = 14;
    /** Length of one 802.1Q tag. */
    public static final int VLAN_TAG = 4;
    /** Minimum Ethernet frame without FCS (64 with FCS). */
    public static final int MIN_FRAME = 60;
    /** Largest frame the builder makes (the pcap reader's limit as well). */
    public static final int MAX_FRAME = 262144;

    private MacAddress destination = MacAddress.of(new byte[6]);
    private MacAddress source = MacAddress.of(new byte[6]);
    private int vlanTci = -1;
    private int etherType = -1;
    private Ipv4Header ipv4;
    private Ipv6Header ipv6;
    private Transport transport;
    private byte[] payload = new byte[0];
    private int frameLength = -1;
    private boolean pad = true;

    public FrameBuilder destination(MacAddress mac) {
        this.destination = Fields.checkNotNull("ethernet.destination", mac);
        return this;
    }

    public FrameBuilder source(MacAddress mac) {
        this.source = Fields.checkNotNull("ethernet.source", mac);
        return this;
    }

    /** Inserts one 802.1Q tag with this TCI (PCP, DEI, VID). */
    public FrameBuilder vlan(int tci) {
        this.vlanTci = Fields.checkRange("vlan.tci", tci, 0, 0xFFFF);
        return this;
    }

    /** EtherType after the MAC addresses (or the tag); derived from the IP header when unset. */
    public FrameBuilder etherType(int type) {
        this.etherType = Fields.checkRange("ethernet.etherType", type, 0, 0xFFFF);
        return this;
    }

    public FrameBuilder ipv4(Ipv4Header header) {
        this.ipv4 = header;
        this.ipv6 = null;
        return this;
    }

    public FrameBuilder ipv6(Ipv6Header header) {
        this.ipv6 = header;
        this.ipv4 = null;
        return this;
    }

    /** Transport header after the IP header; needs an IP header. */
    public FrameBuilder transport(Transport header) {
        this.transport = header;
        return this;
    }

    /** Bytes after the last header. */
    public FrameBuilder payload(byte[] bytes) {
        this.payload = Fields.checkNotNull("payload", bytes).clone();
        return this;
    }

    /**
     * Extends the payload with zero bytes so the frame is {@code length} bytes long. Has no
     * effect when the headers and payload are already that long; the payload is never cut.
     */
    public FrameBuilder frameLength(int length) {
        this.frameLength = Fields.checkRange("frameLength", length, 0, MAX_FRAME);
        return this;
    }

    /** Whether to zero-pad frames shorter than 60 bytes (default true). */
    public FrameBuilder padToMinimum(boolean on) {
        this.pad = on;
        return this;
    }

    /** Offset of the L3 header: 14, or 18 with a tag. */
    public int l3Offset() {
        return ETHERNET_HEADER + (vlanTci >= 0 ? VLAN_TAG : 0);
    }

    /** Bytes before the payload: Ethernet, tag, IP (and extension) header, transport header. */
    public int headerLength() {
        int l3 = ipv4 != null ? ipv4.length() : ipv6 != null ? ipv6.length() : 0;
        return l3Offset() + l3 + (transport != null ? transport.headerLength() : 0);
    }

    /** Builds the frame bytes. */
    public byte[] build() {
        if (transport != null && ipv4 == null && ipv6 == null) {
            throw new IllegalArgumentException("transport: needs an IPv4 or IPv6 header");
        }
        if (transport instanceof IcmpEchoHeader && ipv6 != null) {
            throw new IllegalArgumentException("transport: ICMP echo is IPv4 only");
        }
        int type = etherType >= 0 ? etherType
                : ipv4 != null ? EtherTypes.IPV4
                : ipv6 != null ? EtherTypes.IPV6 : -1;
        if (type < 0) {
            throw new IllegalArgumentException("ethernet.etherType: must be set when there is no IP header");
        }
        int headers = headerLength();
        int payloadLength = Math.max(payload.length, frameLength - headers);
        int length = headers + payloadLength;
        byte[] f = new byte[pad ? Math.max(length, MIN_FRAME) : length];

        destination.writeTo(f, 0);
        source.writeTo(f, 6);
        int o = 12;
        if (vlanTci >= 0) {
            Fields.putU16(f, o, EtherTypes.VLAN);
            Fields.putU16(f, o + 2, vlanTci);
            o += VLAN_TAG;
        }
        Fields.putU16(f, o, type);
        o += 2;

        int l4 = transport != null ? transport.headerLength() : 0;
        int segmentLength = l4 + payloadLength;
        int proto = transport != null ? transport.protocol() : -1;
        int l3 = o;
        if (ipv4 != null) {
            ipv4.write(f, l3, segmentLength, proto);
            o += ipv4.length();
        } else if (ipv6 != null) {
            ipv6.write(f, l3, segmentLength, proto);
            o += ipv6.length();
        }
        System.arraycopy(payload, 0, f, o + l4, payload.length);
        if (transport != null) {
            transport.writeHeader(f, o, segmentLength);
            long sum = transport.coversPseudoHeader() ? pseudoHeaderSum(f, l3, segmentLength) : 0;
            int checksum = InternetChecksum.finish(InternetChecksum.add(sum, f, o, segmentLength));
            if (checksum == 0) {
                checksum = transport.checksumForZero();
            }
            Fields.putU16(f, o + transport.checksumOffset(), checksum);
        }
        return f;
    }

    /** Sum over the IPv4 (RFC 9293 §3.1) or IPv6 (RFC 8200 §8.1) pseudo-header. */
    private long pseudoHeaderSum(byte[] f, int l3, int segmentLength) {
        byte[] p;
        if (ipv4 != null) {
            p = new byte[12];
            System.arraycopy(f, l3 + 12, p, 0, 8);
            p[9] = (byte) transport.protocol();
            Fields.putU16(p, 10, segmentLength);
        } else {
            p = new byte[40];
            System.arraycopy(f, l3 + 8, p, 0, 32);
            Fields.putU32(p, 32, segmentLength);
            p[39] = (byte) transport.protocol();
        }
        return InternetChecksum.add(0, p, 0, p.length);
    }
}
