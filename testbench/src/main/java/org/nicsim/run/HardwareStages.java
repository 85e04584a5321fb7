package org.nicsim.run;

/**
 * What the RX stages of the NIC produced for one frame, as the bridge's stage monitor sampled it
 * inside the RTL. A stage the frame never reached (dropped earlier) stays null.
 *
 * @param seq    RX sequence number (injection order)
 * @param parser parser output and the hash type and input length selected from it
 * @param hash   Toeplitz result
 * @param reta   RETA bucket and queue
 * @param dma    descriptor and buffer used, and where the frame's data went
 */
public record HardwareStages(long seq, Parser parser, Hash hash, Reta reta, Dma dma) {
    /**
     * @param cycle       cycle the parser presented it
     * @param flags       parser flags (write-back flag layout, bit 0 unused)
     * @param vlanTci     802.1Q TCI, 0 without a tag
     * @param hashType    M_HASHTYPE the hash-type selection picked
     * @param inputLength hash input bytes the selection picked
     * @param tuple       the 36 tuple bytes in Toeplitz input order
     */
    public record Parser(long cycle, int flags, int vlanTci, int hashType, int inputLength, byte[] tuple) {
        public Parser {
            tuple = tuple.clone();
        }

        @Override
        public byte[] tuple() {
            return tuple.clone();
        }

        /**
         * Where the first {@code want.length} tuple bytes first differ from {@code want}, or -1
         * when they agree (no copy of the tuple: this runs for every frame).
         *
         * @throws IllegalArgumentException if {@code want} is longer than the tuple
         */
        public int tupleMismatch(byte[] want) {
            if (want.length > tuple.length) {
                throw new IllegalArgumentException("want: " + want.length + " bytes, the tuple has " + tuple.length);
            }
            return java.util.Arrays.mismatch(tuple, 0, want.length, want, 0, want.length);
        }
    }

    public record Hash(long cycle, long hash, int hashType) {
    }

    public record Reta(long cycle, int bucket, int queue) {
    }

    /**
     * @param descriptor address of the RX descriptor consumed
     * @param buffer     buffer address that descriptor holds
     * @param data       address of the frame's first data burst
     */
    public record Dma(long cycle, int queue, long descriptor, long buffer, long data) {
    }

    /** This frame's record with the parser stage's output replaced (tests build variants of a record this way). */
    public HardwareStages with(Parser p) {
        return new HardwareStages(seq, p, hash, reta, dma);
    }

    public HardwareStages with(Hash h) {
        return new HardwareStages(seq, parser, h, reta, dma);
    }

    public HardwareStages with(Reta r) {
        return new HardwareStages(seq, parser, hash, r, dma);
    }

    public HardwareStages with(Dma d) {
        return new HardwareStages(seq, parser, hash, reta, d);
    }
}
