package org.nicsim.model.rss;

import java.util.Collection;

/** The enabled {@code RSS_HASHTYPE_*} bits, as in the RSS_HASH_TYPES register. */
public record RssHashTypes(int bits) {
    public static final int IPV4 = 1 << 1;
    public static final int TCP_IPV4 = 1 << 2;
    public static final int IPV6 = 1 << 3;
    public static final int TCP_IPV6 = 1 << 4;
    public static final int UDP_IPV4 = 1 << 7;
    public static final int UDP_IPV6 = 1 << 9;
    /** Every bit the NIC implements. */
    public static final int VALID = IPV4 | TCP_IPV4 | IPV6 | TCP_IPV6 | UDP_IPV4 | UDP_IPV6;

    public static final RssHashTypes ALL = new RssHashTypes(VALID);
    public static final RssHashTypes NONE = new RssHashTypes(0);

    /** @throws IllegalArgumentException if a bit outside {@link #VALID} is set */
    public RssHashTypes {
        if ((bits & ~VALID) != 0) {
            throw new IllegalArgumentException("rss.hashTypes: unknown RSS_HASHTYPE bits 0x"
                    + Integer.toHexString(bits & ~VALID));
        }
    }

    /** From names as in the scenario: IPV4, TCP_IPV4, UDP_IPV4, IPV6, TCP_IPV6, UDP_IPV6. */
    public static RssHashTypes of(Collection<String> names) {
        int b = 0;
        for (String n : names) {
            b |= switch (n) {
                case "IPV4" -> IPV4;
                case "TCP_IPV4" -> TCP_IPV4;
                case "UDP_IPV4" -> UDP_IPV4;
                case "IPV6" -> IPV6;
                case "TCP_IPV6" -> TCP_IPV6;
                case "UDP_IPV6" -> UDP_IPV6;
                default -> throw new IllegalArgumentException("rss.hashTypes: unknown hash type \"" + n
                        + "\" (expected IPV4, TCP_IPV4, UDP_IPV4, IPV6, TCP_IPV6, UDP_IPV6)");
            };
        }
        return new RssHashTypes(b);
    }

    public boolean enabled(HashType t) {
        return t != HashType.NONE && (bits & t.enableBit()) != 0;
    }

    /**
     * Hash type selection, rules H1..H8 (docs/dispatch-model.md table): the most specific enabled type
     * for what the parser found.
     */
    public HashType select(Classification c) {
        if (c.malformed()) {
            return HashType.NONE; // H1
        }
        return switch (c.l3()) {
            case NONE -> HashType.NONE; // H1
            case IPV4 -> pick(c.l4(), HashType.RSS_TCP_IPV4, HashType.RSS_UDP_IPV4, HashType.RSS_IPV4);
            case IPV6 -> pick(c.l4(), HashType.RSS_TCP_IPV6, HashType.RSS_UDP_IPV6, HashType.RSS_IPV6);
        };
    }

    private HashType pick(L4Kind l4, HashType tcp, HashType udp, HashType l3) {
        if (l4 == L4Kind.TCP && enabled(tcp)) {
            return tcp;
        }
        if (l4 == L4Kind.UDP && enabled(udp)) {
            return udp;
        }
        return enabled(l3) ? l3 : HashType.NONE;
    }
}
