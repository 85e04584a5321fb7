package org.nicsim.model.rss;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Builds test frames byte by byte, independent of the classifier. */
final class Frames {
    private Frames() {
    }

    static byte[] addr(String s) {
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    static final class Builder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Builder bytes(int... bs) {
            for (int b : bs) {
                out.write(b);
            }
            return this;
        }

        Builder bytes(byte[] bs) {
            out.writeBytes(bs);
            return this;
        }

        Builder u16(int v) {
            return bytes(v >>> 8 & 0xFF, v & 0xFF);
        }

        Builder zeros(int n) {
            return bytes(new byte[n]);
        }

        /** Destination and source MACs. */
        Builder macs() {
            return bytes(0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 2);
        }

        Builder vlan(int tci) {
            return u16(0x8100).u16(tci);
        }

        /**
         * IPv4 header: {@code ihl} words, total length {@code totalLength}, fragment field
         * (flags << 13 | offset), protocol, addresses; options bytes are zero.
         */
        Builder ipv4(int ihl, int totalLength, int fragField, int proto, String src, String dst) {
            bytes(0x40 | ihl, 0).u16(totalLength).u16(0x1234).u16(fragField).bytes(64, proto).u16(0);
            bytes(addr(src)).bytes(addr(dst));
            return zeros(4 * ihl - 20);
        }

        Builder ipv6(int payloadLength, int nextHeader, String src, String dst) {
            bytes(0x60, 0, 0, 0).u16(payloadLength).bytes(nextHeader, 64);
            return bytes(addr(src)).bytes(addr(dst));
        }

        byte[] build() {
            return out.toByteArray();
        }
    }

    static Builder eth(int etherType) {
        return new Builder().macs().u16(etherType);
    }

    /** Complete IPv4 frame, 20-byte header, {@code payload} bytes after the ports. */
    static byte[] ipv4L4(int proto, String src, int sport, String dst, int dport) {
        return eth(0x0800).ipv4(5, 20 + 8, 0, proto, src, dst).u16(sport).u16(dport).zeros(4).build();
    }

    static byte[] ipv6L4(int next, String src, int sport, String dst, int dport) {
        return eth(0x86DD).ipv6(8, next, src, dst).u16(sport).u16(dport).zeros(4).build();
    }
}
