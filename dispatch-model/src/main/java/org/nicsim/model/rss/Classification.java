package org.nicsim.model.rss;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What the parser found in one frame (rules C1..C14 of the package documentation).
 *
 * @param l3         network layer named by the EtherType (kept on malformed frames, rule C13)
 * @param l4         transport whose ports were read; NONE unless ports were read
 * @param flags      RX write-back flag bits, {@link RxFlags}; never DD
 * @param vlanTci    802.1Q TCI, 0 without a tag
 * @param l3Offset   byte offset of the L3 header (14 or 18); -1 when no L2 header was parsed
 * @param l3Tuple    hash input for the L3 types: source then destination address (8 or 32 bytes);
 *                   empty when malformed or non-IP
 * @param l4Tuple    hash input for the L4 types: addresses then source and destination port
 *                   (12 or 36 bytes); empty unless {@code l4 != NONE}
 */
public record Classification(L3Kind l3, L4Kind l4, int flags, int vlanTci, int l3Offset,
                             byte[] l3Tuple, byte[] l4Tuple) {

    public Classification {
        l3Tuple = l3Tuple.clone();
        l4Tuple = l4Tuple.clone();
    }

    @Override
    public byte[] l3Tuple() {
        return l3Tuple.clone();
    }

    @Override
    public byte[] l4Tuple() {
        return l4Tuple.clone();
    }

    /** Length of the L3 hash input without copying it. */
    public int l3TupleLength() {
        return l3Tuple.length;
    }

    byte[] l3TupleUnsafe() {
        return l3Tuple;
    }

    byte[] l4TupleUnsafe() {
        return l4Tuple;
    }

    public boolean malformed() {
        return (flags & RxFlags.MALFORMED) != 0;
    }

    public boolean fragment() {
        return (flags & RxFlags.IP_FRAGMENT) != 0;
    }

    public boolean vlan() {
        return (flags & RxFlags.VLAN) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Classification c && l3 == c.l3 && l4 == c.l4 && flags == c.flags
                && vlanTci == c.vlanTci && l3Offset == c.l3Offset
                && Arrays.equals(l3Tuple, c.l3Tuple) && Arrays.equals(l4Tuple, c.l4Tuple);
    }

    @Override
    public int hashCode() {
        return ((l3.hashCode() * 31 + l4.hashCode()) * 31 + flags) * 31 + Arrays.hashCode(l4Tuple);
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "Classification[l3=" + l3 + ", l4=" + l4 + ", flags=0x" + Integer.toHexString(flags)
                + ", vlanTci=" + vlanTci + ", l3Offset=" + l3Offset + ", l3Tuple=" + hex.formatHex(l3Tuple)
                + ", l4Tuple=" + hex.formatHex(l4Tuple) + "]";
    }
}
