package org.nicsim.model.rss;

/**
 * Where the NIC puts one received frame, as the model predicts it.
 *
 * @param classification parser result
 * @param hashType       selected type (rules H1..H8)
 * @param hash           Toeplitz hash, unsigned 32 bits; 0 when {@code hashType} is NONE (rule H9)
 * @param bucket         {@code hash & 127}; -1 when NONE
 * @param queue          {@code RETA[bucket]}, or DEFAULT_QUEUE when NONE
 */
public record RssPlacement(Classification classification, HashType hashType, int hash, int bucket, int queue) {
    /**
     * The Toeplitz input the hash was computed over: the first {@code hashType.inputLength()} bytes
     * of the L4 tuple (addresses, then ports) or the L3 tuple (addresses); empty when NONE.
     */
    public byte[] hashInput() {
        int n = hashType.inputLength();
        if (n == 0) {
            return new byte[0];
        }
        return n == classification.l3TupleLength() ? classification.l3Tuple() : classification.l4Tuple();
    }

    /** The hash as a non-negative long, as reports print it. */
    public long unsignedHash() {
        return Integer.toUnsignedLong(hash);
    }
}
