package org.nicsim.wave;

/**
 * How GTKWave shows a signal's value. The flag values are GTKWave's trace flags as its save files
 * spell them ({@code @<hex flags>} lines): TR_HEX 0x2, TR_DEC 0x4, TR_BIN 0x8, each with
 * TR_RJUSTIFY 0x20, the default GTKWave itself writes.
 */
public enum Radix {
    /** Single bits and strobes. */
    BINARY(0x28),
    /** Data, addresses, hashes, tuples. */
    HEX(0x22),
    /** Lengths, queue numbers, counters. */
    DECIMAL(0x24);

    private final int gtkwFlags;

    Radix(int gtkwFlags) {
        this.gtkwFlags = gtkwFlags;
    }

    /** The trace flags of a save file's {@code @} line for this radix. */
    public int gtkwFlags() {
        return gtkwFlags;
    }
}
