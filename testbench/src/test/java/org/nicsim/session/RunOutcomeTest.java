package org.nicsim.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nicsim.bridge.SimulationFatalException;
import org.nicsim.bridge.SimulationTimeoutException;
import org.nicsim.cosim.SimulationStallException;
import org.nicsim.driver.DriverException;

/** One failure taxonomy: each engine exception has one kind, spelled as report.json spells it. */
class RunOutcomeTest {
    @Test
    void eachSimulationFailureHasItsKind() {
        assertEquals(FailureKind.STALL, FailureKind.ofSimulation(new SimulationStallException("stuck", 900)));
        assertEquals(FailureKind.RTL_FATAL, FailureKind.ofSimulation(new SimulationFatalException("$fatal")));
        assertEquals(FailureKind.TIMEOUT, FailureKind.ofSimulation(new SimulationTimeoutException("mmio")));
        assertEquals(FailureKind.DRIVER, FailureKind.ofSimulation(new DriverException("no NIC")));
        assertNull(FailureKind.ofSimulation(new IllegalArgumentException("a bug")));
    }

    @Test
    void kindsAreSpelledAsInReportJson() {
        assertEquals("rtl-fatal", FailureKind.RTL_FATAL.id());
        assertEquals("stall", FailureKind.STALL.id());
    }

    @Test
    void aStallKeepsTheCycleItWasDeclaredAt() {
        RunOutcome.SimulationError e = new RunOutcome.SimulationError(FailureKind.STALL,
                new SimulationStallException("stuck", 900), 250);
        assertEquals(900, e.cycle());
        assertNull(e.result());
    }
}
