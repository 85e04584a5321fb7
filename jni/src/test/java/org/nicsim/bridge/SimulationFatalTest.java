package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verilator $fatal/$stop/$finish reach Java as exceptions; the JVM and other models live on. */
class SimulationFatalTest {
    private static final int FATAL = 0xDEAD_0001;
    private static final int STOP = 0xDEAD_0002;
    private static final int FINISH = 0xDEAD_0003;

    @TempDir
    Path dir;

    private static SimulationFatalException trigger(NicModel m, int code) {
        m.mmioWrite(TestTop.SIM_CTRL, code);
        return assertThrows(SimulationFatalException.class, () -> m.run(100, 0));
    }

    @Test
    void fatalBecomesAnExceptionAndASecondModelKeepsWorking() {
        try (NicModel dying = NicModel.open(TestTop.options().build());
                NicModel other = NicModel.open(TestTop.options().build())) {
            SimulationFatalException e = trigger(dying, FATAL);
            // Verilator 5.006 routes $fatal through vl_stop: the message names the RTL source line
            assertTrue(e.getMessage().contains("bridge_test_top.sv:"), e.getMessage());
            assertEquals(TestTop.ID_VALUE, other.mmioRead(TestTop.ID));
        }
    }

    @Test
    void deadModelRejectsFurtherUseButCloses() {
        NicModel m = NicModel.open(TestTop.options().build());
        trigger(m, FATAL);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.mmioRead(TestTop.ID));
        assertTrue(e.getMessage().contains("dead"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> m.run(1, 0));
        m.close();
        m.close();
    }

    @Test
    void stopBecomesAnException() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            assertTrue(trigger(m, STOP).getMessage().contains("$stop"));
        }
    }

    @Test
    void finishBecomesAnException() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            assertTrue(trigger(m, FINISH).getMessage().contains("$finish"));
        }
    }

    @Test
    void fatalDuringMmioReadIsReportedThere() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.mmioWrite(TestTop.SIM_CTRL, FATAL);
            assertThrows(SimulationFatalException.class, () -> m.mmioRead(TestTop.ID));
        }
    }

    @Test
    void traceRunningAtTheFatalIsCompletedAndReadable() throws Exception {
        Path fst = dir.resolve("fatal.fst");
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.probes().traceOn(fst, 1);
            trigger(m, FATAL);
        }
        assertTrue(TraceTest.toVcd(fst).contains(" s_axil_wdata "));
    }
}
