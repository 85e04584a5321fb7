package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The AXI4-Lite master BFM as seen from Java. */
class MmioTest {
    @Test
    void readReturnsTheRegisterValue() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            assertEquals(TestTop.ID_VALUE, m.mmioRead(TestTop.ID));
        }
    }

    @Test
    void readWaitsForEarlierQueuedWrites() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.mmioWrite(TestTop.SCRATCH, 0x1234_5678);
            assertEquals(0x1234_5678, m.mmioRead(TestTop.SCRATCH));
        }
    }

    @Test
    void readAdvancesSimulatedTime() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            long before = m.cycle();
            m.mmioRead(TestTop.ID);
            assertTrue(m.cycle() > before);
        }
    }

    @Test
    void readThatCannotReturnInTheBudgetTimesOutAndTheModelLivesOn() {
        // bridge_test_top answers a read two cycles after ARVALID: a 1-cycle budget cannot hold it
        try (NicModel m = NicModel.open(TestTop.options().mmioTimeoutCycles(1).build())) {
            SimulationTimeoutException e = assertThrows(SimulationTimeoutException.class,
                    () -> m.mmioRead(TestTop.ID));
            assertTrue(e.getMessage().contains("0x0000"), e.getMessage());
            m.run(100, 0);
            assertEquals(0, m.mmioPending());
        }
    }

    @Test
    void unalignedOrOutOfRangeAddressesAreRejected() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            assertThrows(IllegalArgumentException.class, () -> m.mmioWrite(0x2, 0));
            assertThrows(IllegalArgumentException.class, () -> m.mmioWrite(0x10000, 0));
            assertThrows(IllegalArgumentException.class, () -> m.mmioRead(-4));
            assertThrows(IllegalArgumentException.class, () -> m.mmioWrite(0, 0, 0x1F));
        }
    }

    @Test
    void injectFrameRejectsEmptyFramesAndNegativeGaps() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            assertThrows(IllegalArgumentException.class, () -> m.injectFrame(new byte[0], false, 0));
            assertThrows(IllegalArgumentException.class, () -> m.injectFrame(new byte[8], false, -1));
        }
    }
}
