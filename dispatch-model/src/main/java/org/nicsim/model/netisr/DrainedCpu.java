package org.nicsim.model.netisr;

/** {@code nh_drainedcpu}: a worker drained this protocol's queue on {@code cpu}. Never for direct dispatch. */
@FunctionalInterface
public interface DrainedCpu {
    void drained(int cpu);
}
