package org.nicsim.traffic.frame;

import java.net.Inet6Address;

/**
 * An IPv6 fixed header (RFC 8200), optionally followed by one Hop-by-Hop Options extension
 * header, immutable. The payload length is computed when written unless overridden.
 */
public final class Ipv6Header {
    /** Length of the fixed header. */
    public static final int FIXED_LENGTH = 40;

    private final int version;
    private final int trafficClass;
    private final int flowLabel;
    private final int payloadLengthOverride;
    private final int nextHeader;
    private final int hopLimit;
    private final Inet6Address source;
    private final Inet6Address destination;
    private final byte[] hopByHop; // whole extension header, or null

    private Ipv6Header(Builder b) {
        this.version = b.version;
        this.trafficClass = b.trafficClass;
        this.flowLabel = b.flowLabel;
        this.payloadLengthOverride = b.payloadLengthOverride;
        this.nextHeader = b.nextHeader;
        this.hopLimit = b.hopLimit;
        this.source = Fields.checkNotNull("ipv6.source", b.source);
        this.destination = Fields.checkNotNull("ipv6.destination", b.destination);
        this.hopByHop = b.hopByHopOptions == null ? null : hopByHopHeader(b.hopByHopOptions);
    }

    /** A builder with version 6, hop limit 64, no extension header. */
    public static Builder builder() {
        return new Builder();
    }

    /** Bytes this header occupies: 40, plus the hop-by-hop header if present. */
    public int length() {
        return FIXED_LENGTH + (hopByHop == null ? 0 : hopByHop.length);
    }

    /** True when a Hop-by-Hop Options header follows the fixed header. */
    public boolean hasHopByHop() {
        return hopByHop != null;
    }

    public Inet6Address source() {
        return source;
    }

    public Inet6Address destination() {
        return destination;
    }

    /** The upper-layer protocol, or -1 when it is to be taken from the transport header. */
    public int nextHeader() {
        return nextHeader;
    }

    /**
     * Writes the header (and the hop-by-hop header) at {@code off}.
     *
     * @param upperLength bytes after the extension headers, for the payload length
     * @param defaultNextHeader upper-layer protocol written when none was set on the builder
     */
    void write(byte[] buf, int off, int upperLength, int defaultNextHeader) {
        int upper = nextHeader >= 0 ? nextHeader : defaultNextHeader;
        if (upper < 0) {
            throw new IllegalArgumentException("ipv6.nextHeader: must be set when there is no transport header");
        }
        int extLength = hopByHop == null ? 0 : hopByHop.length;
        int payloadLength = payloadLengthOverride >= 0 ? payloadLengthOverride : extLength + upperLength;
        if (payloadLength > 0xFFFF) {
            throw new IllegalArgumentException("ipv6.payloadLength: must be <= 65535, got " + payloadLength);
        }
        int word = (version << 28) | (trafficClass << 20) | flowLabel;
        Fields.putU32(buf, off, word & 0xFFFFFFFFL);
        Fields.putU16(buf, off + 4, payloadLength);
        buf[off + 6] = (byte) (hopByHop == null ? upper : IpProtocols.HOPOPT);
        buf[off + 7] = (byte) hopLimit;
        System.arraycopy(source.getAddress(), 0, buf, off + 8, 16);
        System.arraycopy(destination.getAddress(), 0, buf, off + 24, 16);
        if (hopByHop != null) {
            System.arraycopy(hopByHop, 0, buf, off + FIXED_LENGTH, hopByHop.length);
            buf[off + FIXED_LENGTH] = (byte) upper;
        }
    }

    /**
     * Lays out a hop-by-hop header: next header (filled at write), Hdr Ext Len in 8-octet units
     * not counting the first, the options, then Pad1/PadN up to a multiple of 8 octets.
     */
    private static byte[] hopByHopHeader(byte[] options) {
        int len = 2 + options.length;
        int total = (len + 7) / 8 * 8;
        byte[] h = new byte[total];
        h[1] = (byte) (total / 8 - 1);
        System.arraycopy(options, 0, h, 2, options.length);
        int pad = total - len;
        if (pad == 1) {
            h[len] = 0; // Pad1
        } else if (pad >= 2) {
            h[len] = 1; // PadN, then pad-2 zero octets
            h[len + 1] = (byte) (pad - 2);
        }
        return h;
    }

    /** Mutable builder; every setter checks its range and names the field on error. */
    public static final class Builder {
        private int version = 6;
        private int trafficClass;
        private int flowLabel;
        private int payloadLengthOverride = -1;
        private int nextHeader = -1;
        private int hopLimit = 64;
        private Inet6Address source;
        private Inet6Address destination;
        private byte[] hopByHopOptions;

        private Builder() {
        }

        /** Version nibble; 6 unless building a deliberately wrong header. */
        public Builder version(int v) {
            this.version = Fields.checkRange("ipv6.version", v, 0, 15);
            return this;
        }

        public Builder trafficClass(int v) {
            this.trafficClass = Fields.checkRange("ipv6.trafficClass", v, 0, 255);
            return this;
        }

        public Builder flowLabel(int v) {
            this.flowLabel = Fields.checkRange("ipv6.flowLabel", v, 0, 0xFFFFF);
            return this;
        }

        /** Forces the payload length instead of deriving it. */
        public Builder payloadLength(int v) {
            this.payloadLengthOverride = Fields.checkRange("ipv6.payloadLength", v, 0, 0xFFFF);
            return this;
        }

        /** Upper-layer protocol; when unset the transport header's protocol is used. */
        public Builder nextHeader(int v) {
            this.nextHeader = Fields.checkRange("ipv6.nextHeader", v, 0, 255);
            return this;
        }

        public Builder hopLimit(int v) {
            this.hopLimit = Fields.checkRange("ipv6.hopLimit", v, 0, 255);
            return this;
        }

        public Builder source(Inet6Address a) {
            this.source = a;
            return this;
        }

        public Builder destination(Inet6Address a) {
            this.destination = a;
            return this;
        }

        /**
         * Adds a Hop-by-Hop Options header carrying these TLV-encoded options; it is padded
         * with Pad1/PadN to a multiple of 8 octets.
         */
        public Builder hopByHopOptions(byte[] tlvOptions) {
            Fields.checkNotNull("ipv6.hopByHopOptions", tlvOptions);
            if (tlvOptions.length > 2046) {
                throw new IllegalArgumentException("ipv6.hopByHopOptions: at most 2046 bytes, got " + tlvOptions.length);
            }
            this.hopByHopOptions = tlvOptions.clone();
            return this;
        }

        public Ipv6Header build() {
            return new Ipv6Header(this);
        }
    }
}
