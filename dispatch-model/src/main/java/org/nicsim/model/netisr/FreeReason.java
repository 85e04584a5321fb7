package org.nicsim.model.netisr;

/** Why netisr freed a packet instead of handling it. */
public enum FreeReason {
    /** The (protocol, CPU) queue was at its qlimit: {@code qdrops++}, ENOBUFS. */
    QUEUE_FULL,
    /** {@code nh_m2flow} or {@code nh_m2cpuid} returned no packet: ENOBUFS. */
    POLICY_DROP,
    /** Drained from a queue by {@code netisr_unregister}. */
    UNREGISTER
}
