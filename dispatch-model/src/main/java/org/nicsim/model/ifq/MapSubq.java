package org.nicsim.model.ifq;

/** How a transmitting CPU picks its subqueue ({@code if_mapsubq}). */
public enum MapSubq {
    /** {@code ifq_mapsubq_default}: always subqueue 0. */
    DEFAULT,
    /** {@code ifq_mapsubq_mask}: {@code cpuid & (nsubq - 1)}. */
    MASK;

    /** Subqueue of {@code cpu} on an interface with {@code nsubq} subqueues. */
    public int map(int cpu, int nsubq) {
        return this == DEFAULT ? 0 : cpu & (nsubq - 1);
    }
}
