package org.nicsim.model.ifq;

import org.nicsim.model.CpuContext;

/**
 * The driver's {@code if_start} for one subqueue: dequeue packets from {@code subq}, fill TX
 * descriptors and write the tail doorbell. If the ring fills, call {@link IfSubqueue#setOactive}
 * and stop. The model decides when this is called; {@code ctx} is the CPU that calls it.
 */
@FunctionalInterface
public interface DriverStart {
    void start(IfSubqueue subq, CpuContext ctx);
}
