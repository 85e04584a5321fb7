package org.nicsim.traffic;

/**
 * The SplitMix64 pseudo-random generator (Steele, Lea, Flood 2014; the same sequence as
 * {@code new java.util.SplittableRandom(seed).nextLong()}), written out so that the sequence for a
 * seed can never change with the JDK. Not thread-safe; one instance per stream.
 */
public final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** A generator whose first output is {@code mix64(seed + GOLDEN_GAMMA)}. */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * A generator for sub-stream {@code stream}, element {@code index} of a run seeded with
     * {@code seed}: distinct (seed, stream, index) triples give unrelated sequences.
     */
    public static SplitMix64 derive(long seed, long stream, long index) {
        long s = mix64(seed + GOLDEN_GAMMA * (stream + 1));
        return new SplitMix64(mix64(s ^ mix64(index * GOLDEN_GAMMA + 0x632BE59BD9B4E019L)));
    }

    /** The SplitMix64 finalizer (variant 13 of Stafford's mixers). */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** Uniform in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound: must be > 0, got " + bound);
        }
        while (true) {
            int bits = (int) (nextLong() >>> 33);
            int value = bits % bound;
            if (bits - value + (bound - 1) >= 0) {
                return value;
            }
        }
    }

    /** Uniform in [min, max], both inclusive. */
    public int nextInt(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("range: min " + min + " > max " + max);
        }
        return min + (int) ((nextLong() >>> 1) % ((long) max - min + 1));
    }

    /** Uniform in [0, 1), 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Fills {@code len} bytes at {@code off}. */
    public void nextBytes(byte[] buf, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            long r = nextLong();
            for (int k = 0; k < 8 && i < end; k++, r >>>= 8) {
                buf[i++] = (byte) r;
            }
        }
    }
}
