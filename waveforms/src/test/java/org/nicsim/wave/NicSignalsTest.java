package org.nicsim.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signal depth against the bridge's trace levels (1 = ports under TOP, 2 = nic_top, ...). */
class NicSignalsTest {
    @Test
    void depthCountsScopesAboveTheSignalIgnoringItsRange() {
        assertEquals(1, new Signal("TOP.s_axil_awaddr[15:0]", Radix.HEX).depth());
        assertEquals(2, new Signal("TOP.nic_top.rx_idle", Radix.BINARY).depth());
        assertEquals(4, new Signal("TOP.nic_top.u_rx.u_hash.out_hash[31:0]", Radix.HEX).depth());
    }

    @Test
    void aPortsOnlyTraceKeepsOnlyTopLevelPorts() {
        List<SignalGroup> g = NicSignals.groups(1);
        assertTrue(g.stream().flatMap(x -> x.signals().stream()).allMatch(s -> s.path().matches("TOP\\.[^.]+")));
        assertTrue(g.stream().anyMatch(x -> x.name().startsWith("AXI4-Lite")));
        assertTrue(g.stream().noneMatch(x -> x.name().startsWith("RSS indirection")), "RETA internals are at depth 4");
    }

    @Test
    void theDefaultDepthKeepsEveryGroupAndSignal() {
        assertEquals(NicSignals.groups(), NicSignals.groups(WaveSettings.DEFAULT_LEVELS));
        assertEquals(NicSignals.groups(), NicSignals.groups(0));
    }

    @Test
    void groupsCoverTheBlocksTheIssueNames() {
        List<String> names = NicSignals.groups().stream().map(SignalGroup::name).toList();
        for (String block : List.of("AXI4-Lite", "RX stream", "parser", "RETA", "RX DMA", "TX doorbells", "TX engine",
                "AXI4 DMA")) {
            assertTrue(names.stream().anyMatch(n -> n.contains(block)), block + " in " + names);
        }
    }
}
