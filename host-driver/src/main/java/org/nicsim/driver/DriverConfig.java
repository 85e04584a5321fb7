package org.nicsim.driver;

import java.util.Arrays;

/**
 * What the driver programs at attach.
 *
 * @param queues RX/TX queue pairs wanted (the NIC may offer fewer: see CAPS)
 * @param rxRingSize RX ring entries (power of two 8..4096)
 * @param rxBuffers RX buffers posted per queue (1..rxRingSize-1)
 * @param rxBufferSize bytes per RX buffer (multiple of 8)
 * @param txRingSize TX ring entries (power of two 8..4096)
 * @param txBufferSize bytes per TX buffer
 * @param rssKey 40-byte Toeplitz key
 * @param hashTypes enabled FreeBSD {@code RSS_HASHTYPE_*} bits
 * @param reta 128 RETA entries, or {@code null} for round-robin over the negotiated queues
 * @param defaultQueue queue of frames without a hash
 * @param txWregNsegs tail write every this many descriptors within a start call; 0 = once per call
 * @param txDataOffset byte offset of the frame inside its TX buffer, 0..63 (a stack that reserves
 *                     headroom, as ETHER_ALIGN does, hands the NIC buffers that do not start 8-aligned)
 */
public record DriverConfig(int queues, int rxRingSize, int rxBuffers, int rxBufferSize, int txRingSize,
                           int txBufferSize, byte[] rssKey, int hashTypes, int[] reta, int defaultQueue,
                           int txWregNsegs, int txDataOffset) {
    public DriverConfig {
        if (queues < 1 || queues > NicRegisters.MAX_QUEUES) {
            throw new IllegalArgumentException("queues must be 1.." + NicRegisters.MAX_QUEUES + ", got " + queues);
        }
        checkRingSize("rxRingSize", rxRingSize);
        checkRingSize("txRingSize", txRingSize);
        if (rxBuffers < 1 || rxBuffers > rxRingSize - 1) {
            throw new IllegalArgumentException("rxBuffers must be 1.." + (rxRingSize - 1) + ", got " + rxBuffers);
        }
        if (rxBufferSize < 64 || rxBufferSize > 65535 || rxBufferSize % 8 != 0) {
            throw new IllegalArgumentException("rxBufferSize must be a multiple of 8 in 64..65535, got " + rxBufferSize);
        }
        if (txBufferSize < 64 || txBufferSize > 65535) {
            throw new IllegalArgumentException("txBufferSize must be 64..65535, got " + txBufferSize);
        }
        if (rssKey == null || rssKey.length != NicRegisters.RSS_KEY_BYTES) {
            throw new IllegalArgumentException("rssKey must be 40 bytes");
        }
        if (reta != null) {
            if (reta.length != NicRegisters.RETA_SIZE) {
                throw new IllegalArgumentException("reta must have 128 entries, got " + reta.length);
            }
            for (int i = 0; i < reta.length; i++) {
                if (reta[i] < 0 || reta[i] >= queues) {
                    throw new IllegalArgumentException("reta[" + i + "] = " + reta[i] + " is not a queue 0.." + (queues - 1));
                }
            }
            reta = reta.clone();
        }
        if (defaultQueue < 0 || defaultQueue >= queues) {
            throw new IllegalArgumentException("defaultQueue must be 0.." + (queues - 1) + ", got " + defaultQueue);
        }
        if (txWregNsegs < 0) {
            throw new IllegalArgumentException("txWregNsegs must be >= 0, got " + txWregNsegs);
        }
        if (txDataOffset < 0 || txDataOffset > 63) {
            throw new IllegalArgumentException("txDataOffset must be 0..63, got " + txDataOffset);
        }
        rssKey = rssKey.clone();
    }

    /** Frame data at the start of every TX buffer. */
    public DriverConfig(int queues, int rxRingSize, int rxBuffers, int rxBufferSize, int txRingSize, int txBufferSize,
                        byte[] rssKey, int hashTypes, int[] reta, int defaultQueue, int txWregNsegs) {
        this(queues, rxRingSize, rxBuffers, rxBufferSize, txRingSize, txBufferSize, rssKey, hashTypes, reta, defaultQueue,
                txWregNsegs, 0);
    }

    private static void checkRingSize(String field, int n) {
        if (n < 8 || n > 4096 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException(field + " must be a power of two 8..4096, got " + n);
        }
    }

    @Override
    public byte[] rssKey() {
        return rssKey.clone();
    }

    @Override
    public int[] reta() {
        return reta == null ? null : reta.clone();
    }

    /** The RETA the driver programs for {@code nqueues} queues: the explicit one, or round-robin. */
    public int[] retaFor(int nqueues) {
        if (reta != null) {
            return reta.clone();
        }
        int[] rr = new int[NicRegisters.RETA_SIZE];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = i % nqueues;
        }
        return rr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriverConfig c && queues == c.queues && rxRingSize == c.rxRingSize
                && rxBuffers == c.rxBuffers && rxBufferSize == c.rxBufferSize && txRingSize == c.txRingSize
                && txBufferSize == c.txBufferSize && Arrays.equals(rssKey, c.rssKey) && hashTypes == c.hashTypes
                && Arrays.equals(reta, c.reta) && defaultQueue == c.defaultQueue && txWregNsegs == c.txWregNsegs
                && txDataOffset == c.txDataOffset;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rssKey) * 31 + Arrays.hashCode(reta) + queues;
    }

    @Override
    public String toString() {
        return "DriverConfig[queues=" + queues + ", rxRingSize=" + rxRingSize + ", rxBuffers=" + rxBuffers
                + ", txRingSize=" + txRingSize + ", hashTypes=0x" + Integer.toHexString(hashTypes)
                + ", defaultQueue=" + defaultQueue + ", txWregNsegs=" + txWregNsegs + ", txDataOffset=" + txDataOffset + "]";
    }
}
