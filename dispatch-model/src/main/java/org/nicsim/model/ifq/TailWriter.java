package org.nicsim.model.ifq;

/** Where a driver's doorbell writes go (MMIO in the testbench, a list in tests). */
@FunctionalInterface
public interface TailWriter {
    void write(TailWrite w);
}
