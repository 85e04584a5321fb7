package org.nicsim.traffic.frame;

import java.net.Inet4Address;

/**
 * An IPv4 header (RFC 791), immutable. Lengths and the header checksum are computed when the
 * header is written unless overridden; overrides exist so the generator can build headers that
 * break one classification rule on purpose (bad version, IHL below 5, total length out of range).
 */
public final class Ipv4Header {
    /** Length of the header without options. */
    public static final int MIN_LENGTH = 20;
    /** Largest options area (IHL 15). */
    public static final int MAX_OPTIONS = 40;
    /** Flags/fragment-offset bit: Don't Fragment. */
    public static final int FLAG_DF = 0x4000;
    /** Flags/fragment-offset bit: More Fragments. */
    public static final int FLAG_MF = 0x2000;

    private final int version;
    private final int ihlOverride;
    private final int tos;
    private final int totalLengthOverride;
    private final int identification;
    private final boolean dontFragment;
    private final boolean moreFragments;
    private final int fragmentOffset;
    private final int ttl;
    private final int protocol;
    private final int checksumOverride;
    private final Inet4Address source;
    private final Inet4Address destination;
    private final byte[] options;

    private Ipv4Header(Builder b) {
        this.version = b.version;
        this.ihlOverride = b.ihlOverride;
        this.tos = b.tos;
        this.totalLengthOverride = b.totalLengthOverride;
        this.identification = b.identification;
        this.dontFragment = b.dontFragment;
        this.moreFragments = b.moreFragments;
        this.fragmentOffset = b.fragmentOffset;
        this.ttl = b.ttl;
        this.protocol = b.protocol;
        this.checksumOverride = b.checksumOverride;
        this.source = Fields.checkNotNull("ipv4.source", b.source);
        this.destination = Fields.checkNotNull("ipv4.destination", b.destination);
        this.options = b.options.clone();
    }

    /** A builder with version 4, TTL 64, no options, no fragmentation. */
    public static Builder builder() {
        return new Builder();
    }

    /** Bytes this header occupies in a frame: 20 plus the options. */
    public int length() {
        return MIN_LENGTH + options.length;
    }

    /** The IHL nibble that will be written (the override, or length / 4). */
    public int ihl() {
        return ihlOverride >= 0 ? ihlOverride : length() / 4;
    }

    /** The protocol number, or -1 when it is to be taken from the transport header. */
    public int protocol() {
        return protocol;
    }

    public Inet4Address source() {
        return source;
    }

    public Inet4Address destination() {
        return destination;
    }

    /** True when MF is set or the fragment offset is non-zero. */
    public boolean isFragment() {
        return moreFragments || fragmentOffset != 0;
    }

    /**
     * Writes the header at {@code off}.
     *
     * @param payloadLength bytes following the header, used for the total length unless overridden
     * @param defaultProtocol protocol written when none was set on the builder
     */
    void write(byte[] buf, int off, int payloadLength, int defaultProtocol) {
        int proto = protocol >= 0 ? protocol : defaultProtocol;
        if (proto < 0) {
            throw new IllegalArgumentException("ipv4.protocol: must be set when there is no transport header");
        }
        int totalLength = totalLengthOverride >= 0 ? totalLengthOverride : length() + payloadLength;
        if (totalLength > 0xFFFF) {
            throw new IllegalArgumentException("ipv4.totalLength: must be <= 65535, got " + totalLength);
        }
        buf[off] = (byte) ((version << 4) | ihl());
        buf[off + 1] = (byte) tos;
        Fields.putU16(buf, off + 2, totalLength);
        Fields.putU16(buf, off + 4, identification);
        int flagsFrag = fragmentOffset | (dontFragment ? FLAG_DF : 0) | (moreFragments ? FLAG_MF : 0);
        Fields.putU16(buf, off + 6, flagsFrag);
        buf[off + 8] = (byte) ttl;
        buf[off + 9] = (byte) proto;
        Fields.putU16(buf, off + 10, 0);
        System.arraycopy(source.getAddress(), 0, buf, off + 12, 4);
        System.arraycopy(destination.getAddress(), 0, buf, off + 16, 4);
        System.arraycopy(options, 0, buf, off + MIN_LENGTH, options.length);
        // The checksum covers the header bytes actually written, so an IHL override does not
        // also make the checksum wrong: each malformed header breaks only the rule it targets.
        int checksum = checksumOverride >= 0 ? checksumOverride : InternetChecksum.of(buf, off, length());
        Fields.putU16(buf, off + 10, checksum);
    }

    /** Mutable builder; every setter checks its range and names the field on error. */
    public static final class Builder {
        private int version = 4;
        private int ihlOverride = -1;
        private int tos;
        private int totalLengthOverride = -1;
        private int identification;
        private boolean dontFragment;
        private boolean moreFragments;
        private int fragmentOffset;
        private int ttl = 64;
        private int protocol = -1;
        private int checksumOverride = -1;
        private Inet4Address source;
        private Inet4Address destination;
        private byte[] options = new byte[0];

        private Builder() {
        }

        /** Version nibble; 4 unless building a deliberately wrong header. */
        public Builder version(int v) {
            this.version = Fields.checkRange("ipv4.version", v, 0, 15);
            return this;
        }

        /** Forces the IHL nibble instead of deriving it from the options. */
        public Builder ihl(int v) {
            this.ihlOverride = Fields.checkRange("ipv4.ihl", v, 0, 15);
            return this;
        }

        /** Type of service / DSCP+ECN byte. */
        public Builder tos(int v) {
            this.tos = Fields.checkRange("ipv4.tos", v, 0, 255);
            return this;
        }

        /** Forces the total length instead of deriving it from the payload. */
        public Builder totalLength(int v) {
            this.totalLengthOverride = Fields.checkRange("ipv4.totalLength", v, 0, 0xFFFF);
            return this;
        }

        public Builder identification(int v) {
            this.identification = Fields.checkRange("ipv4.identification", v, 0, 0xFFFF);
            return this;
        }

        public Builder dontFragment(boolean v) {
            this.dontFragment = v;
            return this;
        }

        public Builder moreFragments(boolean v) {
            this.moreFragments = v;
            return this;
        }

        /** Fragment offset in 8-byte units, 0..8191. */
        public Builder fragmentOffset(int v) {
            this.fragmentOffset = Fields.checkRange("ipv4.fragmentOffset", v, 0, 0x1FFF);
            return this;
        }

        public Builder ttl(int v) {
            this.ttl = Fields.checkRange("ipv4.ttl", v, 0, 255);
            return this;
        }

        /** Protocol number; when unset the transport header's protocol is used. */
        public Builder protocol(int v) {
            this.protocol = Fields.checkRange("ipv4.protocol", v, 0, 255);
            return this;
        }

        /** Forces the header checksum instead of computing it. */
        public Builder checksum(int v) {
            this.checksumOverride = Fields.checkRange("ipv4.checksum", v, 0, 0xFFFF);
            return this;
        }

        public Builder source(Inet4Address a) {
            this.source = a;
            return this;
        }

        public Builder destination(Inet4Address a) {
            this.destination = a;
            return this;
        }

        /** Option bytes, already padded to a multiple of 4 (at most 40). */
        public Builder options(byte[] opts) {
            Fields.checkNotNull("ipv4.options", opts);
            if (opts.length % 4 != 0 || opts.length > MAX_OPTIONS) {
                throw new IllegalArgumentException(
                        "ipv4.options: length must be a multiple of 4 up to 40, got " + opts.length);
            }
            this.options = opts.clone();
            return this;
        }

        public Ipv4Header build() {
            return new Ipv4Header(this);
        }
    }
}
