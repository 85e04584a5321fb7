package org.nicsim.model.rss;

/**
 * Hash-to-CPU placements of other systems, for comparison runs: the same hash can land on
 * different CPUs because DragonFly uses the low bits and Linux RPS the high bits.
 */
public final class AlternativePlacement {
    private AlternativePlacement() {
    }

    /** DragonFly {@code netisr_hashcpu}: {@code (hash & 127) % ncpus}. */
    public static int dragonflyHashCpu(int hash, int ncpus) {
        check(ncpus);
        return (hash & 127) % ncpus;
    }

    /** Linux RPS {@code reciprocal_scale(hash, n)}: {@code (hash * n) >> 32}, unsigned. */
    public static int linuxRps(int hash, int n) {
        check(n);
        return (int) ((Integer.toUnsignedLong(hash) * n) >>> 32);
    }

    private static void check(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("cpus: " + n + " must be at least 1");
        }
    }
}
