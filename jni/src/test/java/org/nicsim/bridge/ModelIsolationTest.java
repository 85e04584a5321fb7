package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two models in one JVM and one thread, interleaved, do not see each other's state or traffic. */
class ModelIsolationTest {
    @Test
    void interleavedModelsKeepTheirOwnRegistersFramesAndClocks() {
        try (NicModel a = NicModel.open(TestTop.options().seed(1).build());
                NicModel b = NicModel.open(TestTop.options().seed(2).txBackpressure(0.4).build())) {
            a.mmioWrite(TestTop.SCRATCH, 0xAAAA_0001);
            b.mmioWrite(TestTop.SCRATCH, 0xBBBB_0002);
            byte[] fa = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
            byte[] fb = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
            a.injectFrame(fa, false, 0);
            b.injectFrame(fb, true, 3);
            for (int i = 0; i < 10; i++) {
                a.run(7, 0);
                b.run(11, 0);
            }
            assertEquals(0xAAAA_0001, a.mmioRead(TestTop.SCRATCH));
            assertEquals(0xBBBB_0002, b.mmioRead(TestTop.SCRATCH));
            List<TxFrame> ta = a.drainTx();
            List<TxFrame> tb = b.drainTx();
            assertEquals(1, ta.size());
            assertEquals(1, tb.size());
            assertArrayEquals(fa, ta.get(0).bytes());
            assertArrayEquals(fb, tb.get(0).bytes());
            assertEquals(true, tb.get(0).tuser());
        }
    }

    @Test
    void eachModelCountsItsOwnCycles() {
        try (NicModel a = NicModel.open(TestTop.options().build());
                NicModel b = NicModel.open(TestTop.options().build())) {
            long a0 = a.cycle();
            long b0 = b.cycle();
            a.run(123, 0);
            b.run(45, 0);
            assertEquals(a0 + 123, a.cycle());
            assertEquals(b0 + 45, b.cycle());
        }
    }

    @Test
    void bothTopsCanBeOpenInOneJvm() {
        try (NicModel test = NicModel.open(TestTop.options().build());
                NicModel nic = NicModel.open(NicModelOptions.defaults())) {
            assertEquals(TestTop.ID_VALUE, test.mmioRead(TestTop.ID));
            // docs/registers.md: ID reads "NICS"
            assertEquals(0x4E49_4353, nic.mmioRead(0x0000));
        }
    }
}
