package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Per-port peek/poke and step(n): Java drives the pins itself, one JNI call per access. */
class PinModeTest {
    /** An AXI4-Lite read done by pokes and steps: handshakes are sampled settled, before the edge. */
    private static long axilRead(NicModel m, int addr) {
        m.pins().poke("s_axil_rready", 1);
        m.pins().poke("s_axil_araddr", addr);
        m.pins().poke("s_axil_arvalid", 1);
        int arready = m.pins().portId("s_axil_arready");
        boolean taken = false;
        for (int c = 0; c < 20 && !taken; c++) {
            m.pins().eval();
            taken = m.pins().peek(arready) == 1;
            m.pins().step(1);
        }
        assertTrue(taken, "ARREADY never came");
        m.pins().poke("s_axil_arvalid", 0);
        int rvalid = m.pins().portId("s_axil_rvalid");
        for (int c = 0; c < 20; c++) {
            m.pins().eval();
            if (m.pins().peek(rvalid) == 1) {
                long v = m.pins().peek("s_axil_rdata");
                m.pins().step(1);
                return v;
            }
            m.pins().step(1);
        }
        throw new AssertionError("RVALID never came");
    }

    @Test
    void javaCanPerformAxiLiteReadsPinByPin() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.pins().setPinMode(true);
            assertEquals(TestTop.ID_VALUE, (int) axilRead(m, TestTop.ID));
            assertEquals(0, axilRead(m, TestTop.SCRATCH), "SCRATCH resets to 0");
            assertEquals(0xDEADBEEFL, axilRead(m, 0x0FF0), "unmapped address");
        }
    }

    @Test
    void stepAdvancesTheCycleCounter() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.pins().setPinMode(true);
            long c = m.cycle();
            m.pins().step(17);
            assertEquals(c + 17, m.cycle());
        }
    }

    @Test
    void portTableMatchesTheNicTopPortList() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            // rtl/nic_top_ports.svh: 69 ports; widths from nic_top's default parameters
            assertEquals(69, m.pins().ports().size());
            Port irq = m.pins().ports().get(m.pins().portId("irq"));
            assertEquals(16, irq.width());
            assertTrue(!irq.input());
            assertEquals(64, m.pins().ports().get(m.pins().portId("m_axi_awaddr")).width());
            assertTrue(m.pins().ports().get(m.pins().portId("m_axi_rdata")).input());
        }
    }

    @Test
    void pokeInBfmModeIsRejectedBecauseTheBfmsOwnTheInputs() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.pins().poke("s_axil_awvalid", 1));
            assertTrue(e.getMessage().contains("setPinMode"), e.getMessage());
        }
    }

    @Test
    void badPokesAreRejectedNamingThePort() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.pins().setPinMode(true);
            IllegalArgumentException out = assertThrows(IllegalArgumentException.class, () -> m.pins().poke("irq", 1));
            assertTrue(out.getMessage().contains("irq"), out.getMessage());
            IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                    () -> m.pins().poke("s_axil_wstrb", 0x10));
            assertTrue(wide.getMessage().contains("s_axil_wstrb"), wide.getMessage());
            assertThrows(IllegalArgumentException.class, () -> m.pins().poke("no_such_port", 0));
            assertThrows(IllegalArgumentException.class, () -> m.pins().peek(999));
        }
    }

    @Test
    void backInBfmModeTheBusModelsDriveTheirPortsAgain() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            m.run(10, 0);   // idle bus models: their ports already hold the idle values
            m.pins().setPinMode(true);
            m.pins().poke("s_axil_arvalid", 1);
            m.pins().poke("s_axil_araddr", TestTop.SCRATCH);
            m.pins().poke("s_axis_rx_tvalid", 1);
            m.pins().setPinMode(false);
            m.run(1, 0);
            assertEquals(0, m.pins().peek("s_axil_arvalid"), "the AXI4-Lite master's idle ARVALID");
            assertEquals(0, m.pins().peek("s_axis_rx_tvalid"), "the stream source's idle TVALID");
            assertEquals(TestTop.ID_VALUE, m.mmioRead(TestTop.ID));
        }
    }

    @Test
    void runAndStepEachRequireTheirMode() {
        try (NicModel m = NicModel.open(TestTop.options().build())) {
            assertThrows(IllegalStateException.class, () -> m.pins().step(1));
            m.pins().setPinMode(true);
            assertThrows(IllegalStateException.class, () -> m.run(1, 0));
            assertThrows(IllegalStateException.class, () -> m.mmioRead(0));
        }
    }
}
