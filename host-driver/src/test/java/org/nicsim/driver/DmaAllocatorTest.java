package org.nicsim.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A bus address maps back to the named allocation holding it (how DMA faults are explained). */
class DmaAllocatorTest {

    @Test
    void anAddressInsideAnAllocationIsNamedWithItsOffset() {
        DmaAllocator a = new DmaAllocator(0x10_0000, 1 << 16);
        a.allocate(128, 4096, "RX ring 0");         // 0x100000..0x10007f
        a.allocate(100, 64, "RX buffer 0/0");       // 0x100080..0x1000e3
        a.allocate(100, 64, "RX buffer 0/1");       // 0x100100..0x100163 (64-byte aligned)
        assertEquals("RX ring 0", a.find(0x10_0000).orElseThrow().describe(0x10_0000));
        assertEquals("RX buffer 0/1 + 0x40", a.find(0x10_0140).orElseThrow().describe(0x10_0140));
        assertEquals("RX buffer 0/0 + 0x63", a.find(0x10_00e3).orElseThrow().describe(0x10_00e3));
    }

    @Test
    void alignmentPaddingAndAddressesOutsideAreNotAllocations() {
        DmaAllocator a = new DmaAllocator(0x10_0000, 1 << 16);
        a.allocate(100, 64, "A");
        a.allocate(100, 64, "B");
        assertTrue(a.find(0x10_0064).isEmpty(), "padding between A (100 bytes) and B (at 0x80)");
        assertTrue(a.find(0x0F_FFFF).isEmpty());
        assertTrue(a.find(0x20_0000).isEmpty());
    }

    @Test
    void resetForgetsEveryAllocation() {
        DmaAllocator a = new DmaAllocator(0, 4096);
        a.allocate(64, 64, "A");
        a.reset();
        assertTrue(a.find(0).isEmpty());
    }
}
