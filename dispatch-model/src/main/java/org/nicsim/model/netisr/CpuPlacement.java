package org.nicsim.model.netisr;

import org.nicsim.model.Mbuf;

/**
 * Result of {@code nh_m2cpuid}: the (possibly updated) packet and a CPU id, which may be
 * {@link Netisr#NETISR_CPUID_NONE}.
 */
public record CpuPlacement(Mbuf mbuf, int cpuid) {
    public CpuPlacement {
        if (mbuf == null) {
            throw new IllegalArgumentException("mbuf: null (return null instead of a placement to drop)");
        }
    }
}
