package org.nicsim.reliab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nicsim.driver.NicRegisters;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;

/**
 * regs.readback: at the end of a run every read-write register holds what the driver wrote; a
 * register changed behind the driver's back is found and named.
 */
class RegisterReadbackTest {
    private static final String SCENARIO = "{\"seed\":3,\"queues\":2,\"cpus\":2,\"traffic\":{\"packets\":60}}";

    @Test
    void aCleanRunReadsBackEveryRegisterTheDriverProgrammed() {
        SimRun run = SimRun.of(SCENARIO, b -> b, (m, s) -> { });
        assertNotNull(run.result, run::mismatches);
        assertTrue(run.result.passed(), run::mismatches);
        // 5 global + 42 key and RETA words, 8 registers and 2 HEADs per queue block (16 here), MMIO_WRITES, probes
        assertTrue(run.result.scoreboard().passed(Check.REGS_READBACK) >= 47 + 10 * 16 + 1,
                () -> String.valueOf(run.result.scoreboard().passed(Check.REGS_READBACK)));
        assertEquals(0, run.result.scoreboard().failed(Check.REGS_READBACK));
    }

    @Test
    void aRegisterWrittenBehindTheDriversBackFailsTheReadBackWithItsName() {
        SimRun run = SimRun.of(SCENARIO, b -> b, (m, s) -> {
            m.mmioWrite(NicRegisters.SCRATCH, 0x5EED);
            m.mmioDrain(1_000);
        });
        assertNotNull(run.result, run::mismatches);
        assertFalse(run.result.passed());
        assertEquals(3, run.result.scoreboard().failed(Check.REGS_READBACK), run::mismatches);  // SCRATCH, MMIO_WRITES twice
        Mismatch first = run.result.scoreboard().firstMismatches().stream()
                .filter(x -> x.check() == Check.REGS_READBACK).findFirst().orElseThrow();
        assertEquals("SCRATCH", first.field());
        assertEquals("0x5eed", first.hardware());
        assertEquals("0x0", first.model());
    }
}
