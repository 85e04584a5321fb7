package org.nicsim.driver;

import java.nio.ByteBuffer;

/**
 * What the driver needs of the device and the host: MMIO on the NIC's register port and the
 * DMA-able host memory the NIC reads and writes.
 *
 * <p>The co-simulation implements it over the Verilator model; the driver never sees the bridge,
 * so it stays pure Java and testable on its own.
 */
public interface NicBus {
    /** Posted 32-bit register write (the write reaches the NIC in order with other accesses). */
    void write32(int address, int value);

    /** 32-bit register read; returns once the NIC has answered (time passes on the device). */
    int read32(int address);

    /** Host memory, little-endian, byte 0 at bus address {@link #hostMemoryBase()}. */
    ByteBuffer hostMemory();

    /** Bus address of byte 0 of {@link #hostMemory()}. */
    long hostMemoryBase();
}
