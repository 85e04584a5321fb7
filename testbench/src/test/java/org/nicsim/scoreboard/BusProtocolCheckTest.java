package org.nicsim.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nicsim.bridge.BridgeEvent;
import org.nicsim.bridge.EventKind;

/** bus.protocol: the bridge's AXI protocol and MMIO error events become mismatches. */
class BusProtocolCheckTest {
    private final Scoreboard scoreboard = new Scoreboard();
    private final BusProtocolCheck check = new BusProtocolCheck(scoreboard);

    @Test
    void aCleanRunPassesOnceForTheAxiRulesAndOnceForMmio() {
        check.observed(new BridgeEvent(10, EventKind.DOORBELL, 0, 3, 0, 0xF));
        check.finish();
        assertEquals(2, scoreboard.passed(Check.BUS_PROTOCOL));
        assertEquals(0, scoreboard.failed(Check.BUS_PROTOCOL));
    }

    @Test
    void anAxiViolationFailsNamingTheRuleTheCycleAndTheAddress() {
        check.observed(new BridgeEvent(1234, EventKind.AXI_PROTOCOL, -1, 0x4000_0010L, 0, 4));
        check.finish();
        assertEquals(1, scoreboard.failed(Check.BUS_PROTOCOL));
        assertEquals(1, scoreboard.passed(Check.BUS_PROTOCOL), "MMIO stayed clean");
        Mismatch m = scoreboard.firstMismatches().get(0);
        assertEquals(1234, m.cycle());
        assertTrue(m.field().contains("WLAST"), m.toString());
        assertTrue(m.hardware().contains("0x40000010"), m.toString());
    }

    @Test
    void anMmioErrorResponseFailsWithTheResponse() {
        check.observed(new BridgeEvent(77, EventKind.MMIO_ERROR, -1, 0x2000, 0, BridgeEvent.RESP_SLVERR));
        check.finish();
        assertEquals(1, scoreboard.failed(Check.BUS_PROTOCOL));
        Mismatch m = scoreboard.firstMismatches().get(0);
        assertEquals("MMIO response at 0x2000", m.field());
        assertEquals("resp 2", m.hardware());
    }
}
