package org.nicsim.model.rss;

/**
 * The frame parser, the Java twin of the RTL {@code rx_parser}: applies rules C1..C14 of the
 * package documentation to Ethernet frame bytes (FCS excluded). Stateless and total: every byte
 * array gives a classification, nothing throws except a null frame.
 */
public final class FrameClassifier {
    public static final int ETHERTYPE_VLAN = 0x8100;
    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_IPV6 = 0x86DD;
    public static final int IPPROTO_TCP = 6;
    public static final int IPPROTO_UDP = 17;

    private static final byte[] EMPTY = new byte[0];

    private FrameClassifier() {
    }

    /** Classifies {@code frame[0 .. length)}. */
    public static Classification classify(byte[] frame) {
        if (frame == null) {
            throw new IllegalArgumentException("frame: null");
        }
        return classify(frame, frame.length);
    }

    /** Classifies the first {@code length} bytes of {@code frame}. */
    public static Classification classify(byte[] frame, int length) {
        if (frame == null || length < 0 || length > frame.length) {
            throw new IllegalArgumentException("frame: length " + length + " outside array of "
                    + (frame == null ? "null" : frame.length));
        }
        final int len = length;
        // C1: runt
        if (len < 14) {
            return malformed(L3Kind.NONE, 0, 0, -1);
        }
        int etherType = u16(frame, 12);
        int flags = 0;
        int tci = 0;
        int o = 14;
        // C2: one 802.1Q tag
        if (etherType == ETHERTYPE_VLAN) {
            if (len < 18) {
                return malformed(L3Kind.NONE, 0, 0, -1);
            }
            flags |= RxFlags.VLAN;
            tci = u16(frame, 14);
            etherType = u16(frame, 16);
            o = 18;
        }
        // C3
        if (etherType == ETHERTYPE_IPV4) {
            return ipv4(frame, len, o, flags | RxFlags.IPV4, tci);
        }
        if (etherType == ETHERTYPE_IPV6) {
            return ipv6(frame, len, o, flags | RxFlags.IPV6, tci);
        }
        return new Classification(L3Kind.NONE, L4Kind.NONE, flags, tci, o, EMPTY, EMPTY);
    }

    private static Classification ipv4(byte[] f, int len, int o, int flags, int tci) {
        if (len - o < 20) { // C4
            return malformed(L3Kind.IPV4, flags, tci, o);
        }
        int version = (f[o] & 0xFF) >>> 4;
        int ihlBytes = 4 * (f[o] & 0x0F);
        int totalLength = u16(f, o + 2);
        if (version != 4 // C5
                || ihlBytes < 20 || len - o < ihlBytes // C6
                || totalLength < ihlBytes || o + totalLength > len) { // C7
            return malformed(L3Kind.IPV4, flags, tci, o);
        }
        byte[] l3 = copy(f, o + 12, 8, 0);
        int fragField = u16(f, o + 6);
        boolean fragment = (fragField & 0x2000) != 0 || (fragField & 0x1FFF) != 0;
        if (fragment) { // C8: L3 only whatever the protocol
            return new Classification(L3Kind.IPV4, L4Kind.NONE, flags | RxFlags.IP_FRAGMENT, tci, o, l3, EMPTY);
        }
        int proto = f[o + 9] & 0xFF;
        if (proto != IPPROTO_TCP && proto != IPPROTO_UDP) {
            return new Classification(L3Kind.IPV4, L4Kind.NONE, flags, tci, o, l3, EMPTY);
        }
        if (ihlBytes + 4 > totalLength) { // C8: ports must lie inside the datagram
            return malformed(L3Kind.IPV4, flags, tci, o);
        }
        byte[] l4 = copy(f, o + 12, 8, 4);
        System.arraycopy(f, o + ihlBytes, l4, 8, 4);
        return l4Result(L3Kind.IPV4, proto, flags, tci, o, l3, l4);
    }

    private static Classification ipv6(byte[] f, int len, int o, int flags, int tci) {
        if (len - o < 40) { // C9
            return malformed(L3Kind.IPV6, flags, tci, o);
        }
        int version = (f[o] & 0xFF) >>> 4;
        int payloadLength = u16(f, o + 4);
        if (version != 6 // C10
                || o + 40 + payloadLength > len) { // C11
            return malformed(L3Kind.IPV6, flags, tci, o);
        }
        byte[] l3 = copy(f, o + 8, 32, 0);
        int next = f[o + 6] & 0xFF;
        if (next != IPPROTO_TCP && next != IPPROTO_UDP) { // C12: extension headers and the rest
            return new Classification(L3Kind.IPV6, L4Kind.NONE, flags, tci, o, l3, EMPTY);
        }
        if (payloadLength < 4) { // C12
            return malformed(L3Kind.IPV6, flags, tci, o);
        }
        byte[] l4 = copy(f, o + 8, 32, 4);
        System.arraycopy(f, o + 40, l4, 32, 4);
        return l4Result(L3Kind.IPV6, next, flags, tci, o, l3, l4);
    }

    private static Classification l4Result(L3Kind l3Kind, int proto, int flags, int tci, int o, byte[] l3, byte[] l4) {
        boolean tcp = proto == IPPROTO_TCP;
        return new Classification(l3Kind, tcp ? L4Kind.TCP : L4Kind.UDP,
                flags | (tcp ? RxFlags.TCP : RxFlags.UDP), tci, o, l3, l4);
    }

    /** C13: malformed keeps VLAN and the EtherType's L3 flag, nothing else. */
    private static Classification malformed(L3Kind l3, int flags, int tci, int o) {
        return new Classification(l3, L4Kind.NONE, flags | RxFlags.MALFORMED, tci, o, EMPTY, EMPTY);
    }

    private static byte[] copy(byte[] f, int from, int n, int extra) {
        byte[] out = new byte[n + extra];
        System.arraycopy(f, from, out, 0, n);
        return out;
    }

    private static int u16(byte[] f, int i) {
        return (f[i] & 0xFF) << 8 | (f[i + 1] & 0xFF);
    }
}
