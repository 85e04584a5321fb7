package org.nicsim.model.ifq;

/**
 * The driver side of transmit: ring geometry and doorbell aggregation.
 *
 * @param ringSize    descriptors per TX ring (a ring holds at most size - 1)
 * @param startTail   TXQ_TAIL (= HEAD) of every ring when the run begins
 * @param txWregNsegs 0: one tail write at the end of a start call; N: also after every N
 *                    descriptors within it (DragonFly ix uses 8)
 */
public record TxRingConfig(int ringSize, int startTail, int txWregNsegs) {
    public TxRingConfig {
        if (ringSize < 8 || ringSize > 4096 || Integer.bitCount(ringSize) != 1) {
            throw new IllegalArgumentException("txRing.size: " + ringSize + " (expected a power of two in [8, 4096])");
        }
        if (startTail < 0 || startTail >= ringSize) {
            throw new IllegalArgumentException("txRing.startTail: " + startTail + " outside [0, " + ringSize + ")");
        }
        if (txWregNsegs < 0) {
            throw new IllegalArgumentException("ifq.txWregNsegs: " + txWregNsegs + " must not be negative");
        }
    }
}
