package org.nicsim.scenario;

/**
 * The six RSS hash types a scenario can enable ({@code rss.hashTypes}), with the FreeBSD
 * {@code M_HASHTYPE_RSS_*} value a packet hashed that way carries (docs/dispatch-model.md).
 */
public enum RssHashType implements JsonNamed {
    IPV4(0x81),
    TCP_IPV4(0x82),
    UDP_IPV4(0x87),
    IPV6(0x83),
    TCP_IPV6(0x84),
    UDP_IPV6(0x89);

    private final int mHashType;

    RssHashType(int mHashType) {
        this.mHashType = mHashType;
    }

    /** The numeric {@code M_HASHTYPE} of a packet hashed with this type. */
    public int mHashType() {
        return mHashType;
    }

    @Override
    public String jsonName() {
        return name();
    }
}
