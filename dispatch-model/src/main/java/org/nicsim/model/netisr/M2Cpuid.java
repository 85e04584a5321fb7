package org.nicsim.model.netisr;

import org.nicsim.model.Mbuf;

/** {@code nh_m2cpuid}: choose the CPU for a packet; return null to drop it. */
@FunctionalInterface
public interface M2Cpuid {
    CpuPlacement m2cpuid(Mbuf m, long source);
}
