package org.nicsim.driver;

/**
 * The NIC's register map for software: every constant of the generated {@link NicRegisterMap}
 * (written from {@code regmap/nic_regs.json}), plus the address and packing helpers that follow
 * from it. Use this class, not the map, so a helper and the constants it reads are one import.
 */
public final class NicRegisters extends NicRegisterMap {
    private NicRegisters() {
    }

    /** Address of register {@code offset} in the block of queue {@code q}. */
    public static int queueReg(int q, int offset) {
        if (q < 0 || q >= MAX_QUEUES) {
            throw new IllegalArgumentException("queue " + q + " out of range 0.." + (MAX_QUEUES - 1));
        }
        return QUEUE_BASE + QUEUE_STRIDE * q + offset;
    }

    /** Address of RSS_KEY word {@code i}. */
    public static int rssKeyWord(int i) {
        if (i < 0 || i >= RSS_KEY_WORDS) {
            throw new IllegalArgumentException("RSS key word " + i + " out of range 0.." + (RSS_KEY_WORDS - 1));
        }
        return RSS_KEY_BASE + 4 * i;
    }

    /** Address of RETA word {@code i}, which holds entries 4i..4i+3. */
    public static int retaWord(int i) {
        if (i < 0 || i >= RETA_WORDS) {
            throw new IllegalArgumentException("RETA word " + i + " out of range 0.." + (RETA_WORDS - 1));
        }
        return RETA_BASE + 4 * i;
    }

    /** Packs key bytes 4i..4i+3 into RSS_KEY word i, most significant byte first. */
    public static int packKeyWord(byte[] key, int i) {
        if (key.length != RSS_KEY_BYTES) {
            throw new IllegalArgumentException("rss key must be " + RSS_KEY_BYTES + " bytes, got " + key.length);
        }
        return (key[4 * i] & 0xFF) << 24 | (key[4 * i + 1] & 0xFF) << 16
                | (key[4 * i + 2] & 0xFF) << 8 | (key[4 * i + 3] & 0xFF);
    }

    /** Packs RETA entries 4i..4i+3 into RETA word i, entry 4i+k in byte k. */
    public static int packRetaWord(int[] reta, int i) {
        if (reta.length != RETA_SIZE) {
            throw new IllegalArgumentException("reta must have " + RETA_SIZE + " entries, got " + reta.length);
        }
        int w = 0;
        for (int k = 0; k < 4; k++) {
            int e = reta[4 * i + k];
            if (e < 0 || e >= 1 << RETA_ENTRY_BITS) {
                throw new IllegalArgumentException("reta[" + (4 * i + k) + "] = " + e + " out of range 0.."
                        + ((1 << RETA_ENTRY_BITS) - 1));
            }
            w |= e << (8 * k);
        }
        return w;
    }
}
