package org.nicsim.model.rss;

/**
 * FreeBSD {@code M_HASHTYPE_*} values for the RSS types the NIC computes, each with the
 * {@code RSS_HASHTYPE_*} enable bit that permits it and the length of its hash input.
 */
public enum HashType {
    NONE(0x00, 0, 0),
    RSS_IPV4(0x81, 1 << 1, 8),
    RSS_TCP_IPV4(0x82, 1 << 2, 12),
    RSS_IPV6(0x83, 1 << 3, 32),
    RSS_TCP_IPV6(0x84, 1 << 4, 36),
    RSS_UDP_IPV4(0x87, 1 << 7, 12),
    RSS_UDP_IPV6(0x89, 1 << 9, 36);

    private final int mHashType;
    private final int enableBit;
    private final int inputLength;

    HashType(int mHashType, int enableBit, int inputLength) {
        this.mHashType = mHashType;
        this.enableBit = enableBit;
        this.inputLength = inputLength;
    }

    /** The {@code M_HASHTYPE_*} number written back in the RX descriptor. */
    public int mHashType() {
        return mHashType;
    }

    /** The {@code RSS_HASHTYPE_*} bit of the RSS_HASH_TYPES register; 0 for NONE. */
    public int enableBit() {
        return enableBit;
    }

    /** Bytes of hash input. */
    public int inputLength() {
        return inputLength;
    }

    /** True for the six RSS types (FreeBSD's {@code M_HASHTYPE_ISHASH}, restricted to RSS). */
    public boolean isRss() {
        return this != NONE;
    }

    /** @throws IllegalArgumentException if {@code value} is none of the seven values */
    public static HashType fromMHashType(int value) {
        for (HashType t : values()) {
            if (t.mHashType == value) {
                return t;
            }
        }
        throw new IllegalArgumentException("hashType: unknown M_HASHTYPE 0x" + Integer.toHexString(value));
    }
}
