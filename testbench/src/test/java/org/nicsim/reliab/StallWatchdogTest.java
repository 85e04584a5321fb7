package org.nicsim.reliab;

import org.nicsim.cosim.StallWatchdog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nicsim.cosim.CoSimulation;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.session.RunSession;

/**
 * The stall watchdog: a run whose RTL stops making progress ends with a
 * {@link SimulationStallException} that names the stuck block, the cycles and the counters, after
 * the configured budget — never a hang.
 */
class StallWatchdogTest {
    private static final long BUDGET = 5_000;
    /** Three 64-byte frames staged on CPU 0 in one batch: one doorbell, TAIL 3, on queue 0. */
    private static final String TX_ONLY = "{\"seed\":7,\"cpus\":1,\"queues\":1,\"traffic\":{\"packets\":0},"
            + "\"tx\":{\"batches\":[{\"cpu\":0,\"sizes\":[64,64,64]}]}}";

    private static SimulationStallException stall(SimRun run) {
        return assertInstanceOf(SimulationStallException.class, run.failure, run::mismatches);
    }

    @Test
    void txSinkThatAlmostNeverAcceptsIsATxEngineStallNamingQueueHeadAndTail() {
        // P(TREADY low) = 0.999999 per cycle, the most the bridge takes: a frame's 8 beats never all get through
        SimRun run = SimRun.of(TX_ONLY, b -> b.txBackpressure(0.999999), (m, s) -> s.setStallCycles(BUDGET));
        SimulationStallException e = stall(run);
        assertEquals("tx_engine", e.stuckBlock());
        assertTrue(e.getMessage().contains("queue 0 HEAD 0 TAIL 3"), e.getMessage());
        assertTrue(e.getMessage().contains("TX_FRAMES=0"), e.getMessage());
        assertTrue(e.getMessage().contains("at cycle " + e.cycle()), e.getMessage());
        assertTrue(run.transmitted().isEmpty());
    }

    @Test
    void hostMemoryThatNeverAcknowledgesWritesIsAnRxDatapathStall() {
        // B responses a million cycles late: RX data writes never complete, the FIFOs fill, tready falls
        SimRun run = SimRun.of("{\"seed\":3,\"queues\":2,\"cpus\":2,\"app\":\"sink\",\"traffic\":{\"packets\":200}}",
                b -> b.writeLatency(1_000_000), (m, s) -> s.setStallCycles(BUDGET));
        SimulationStallException e = stall(run);
        assertEquals("rx_datapath", e.stuckBlock());
        assertTrue(e.getMessage().contains("rx_idle=0"), e.getMessage());
        assertTrue(e.getMessage().contains("RX_DELIVERED=0"), e.getMessage());
    }

    @Test
    void theStallIsDeclaredWithinOneServiceIntervalAfterTheBudget() {
        for (long budget : new long[] {2_000, 20_000}) {
            SimRun run = SimRun.of(TX_ONLY, b -> b.txBackpressure(0.999999), (m, s) -> s.setStallCycles(budget));
            SimulationStallException e = stall(run);
            long quiet = e.cycle() - e.lastProgressCycle();
            assertTrue(quiet > budget && quiet <= budget + 2L * CoSimulation.SERVICE_INTERVAL,
                    "budget " + budget + ": declared after " + quiet + " quiet cycles");
        }
    }

    @Test
    void aBudgetShorterThanOneServiceIntervalIsRejectedNamingTheSetting() {
        RunSession tooShort = RunSession.of(SimRun.scenario("{\"queues\":1,\"cpus\":1,\"rxBuffers\":8,"
                + "\"rxRingSize\":16,\"txRingSize\":16}")).prepare((model, sim) -> sim.setStallCycles(100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, tooShort::run);
        assertTrue(e.getMessage().startsWith("stallCycles: must be at least 256"), e.getMessage());
    }

    @Test
    void theBudgetOfEveryRunComesFromTheStallCyclesProperty() {
        String old = System.getProperty(StallWatchdog.STALL_CYCLES_PROPERTY);
        try {
            System.setProperty(StallWatchdog.STALL_CYCLES_PROPERTY, "3000");
            assertEquals(3000, StallWatchdog.stallCyclesSetting());
            System.setProperty(StallWatchdog.STALL_CYCLES_PROPERTY, "soon");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, StallWatchdog::stallCyclesSetting);
            assertEquals("nicsim.stallCycles: expected an integer number of cycles, got 'soon'", e.getMessage());
            System.clearProperty(StallWatchdog.STALL_CYCLES_PROPERTY);
            assertEquals(StallWatchdog.DEFAULT_STALL_CYCLES, StallWatchdog.stallCyclesSetting());
        } finally {
            if (old == null) {
                System.clearProperty(StallWatchdog.STALL_CYCLES_PROPERTY);
            } else {
                System.setProperty(StallWatchdog.STALL_CYCLES_PROPERTY, old);
            }
        }
    }

    @Test
    void aHealthyRunIsNotCutShortByATightBudget() {
        // the smallest budget still lets a normal run finish: progress is seen every host pass
        SimRun run = SimRun.of("{\"seed\":5,\"queues\":2,\"cpus\":2,\"traffic\":{\"packets\":300}}", b -> b,
                (m, s) -> s.setStallCycles(CoSimulation.SERVICE_INTERVAL * 4L));
        assertTrue(run.failure == null && run.result.passed(), run::mismatches);
    }
}
