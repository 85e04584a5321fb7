package org.nicsim.model.rss;

import org.nicsim.model.Mbuf;
import org.nicsim.model.netisr.Netisr;

/**
 * FreeBSD {@code rss_config.c} hash-to-CPU mapping with the design's 128 buckets: a CPU for the
 * six RSS hash types, {@link Netisr#NETISR_CPUID_NONE} for anything else.
 */
public final class RssCpu {
    private RssCpu() {
    }

    /** {@code rss_getcpu(bucket)}: bucket {@code b} is served by CPU {@code b % ncpus}. */
    public static int getCpu(int bucket, int ncpus) {
        checkCpus(ncpus);
        return bucket % ncpus;
    }

    /** {@code rss_hash2cpuid}: {@code rss_getcpu(hash & 127)} for the RSS types, else CPUID_NONE. */
    public static int hash2cpuid(int hash, HashType type, int ncpus) {
        checkCpus(ncpus);
        if (type == null || !type.isRss()) {
            return Netisr.NETISR_CPUID_NONE;
        }
        return getCpu(Reta.bucket(hash), ncpus);
    }

    private static final HashType[] HASH_TYPES = HashType.values();   // values() copies its array per call

    /** {@code rss_m2cpuid}: {@link #hash2cpuid} of the mbuf's flowid and hash type. */
    public static int m2cpuid(Mbuf m, int ncpus) {
        HashType type = HashType.NONE;
        for (HashType t : HASH_TYPES) {
            if (t.mHashType() == m.hashType()) {
                type = t;
            }
        }
        return hash2cpuid(m.flowid(), type, ncpus);
    }

    private static void checkCpus(int ncpus) {
        if (ncpus < 1) {
            throw new IllegalArgumentException("cpus: " + ncpus + " must be at least 1");
        }
    }
}
