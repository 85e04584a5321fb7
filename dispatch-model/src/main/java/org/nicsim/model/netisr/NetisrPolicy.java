package org.nicsim.model.netisr;

/** Ordering and work-placement policy a protocol declares ({@code NETISR_POLICY_*}). */
public enum NetisrPolicy {
    /** Keep source ordering; flow IDs are ignored. */
    SOURCE(1),
    /** Keep flow ordering by {@code flowid}; {@code nh_m2flow} may supply one; else SOURCE. */
    FLOW(2),
    /** The protocol's {@code nh_m2cpuid} decides the CPU. */
    CPU(3);

    private final int value;

    NetisrPolicy(int value) {
        this.value = value;
    }

    /** The FreeBSD constant. */
    public int value() {
        return value;
    }
}
