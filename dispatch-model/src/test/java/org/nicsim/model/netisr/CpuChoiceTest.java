package org.nicsim.model.netisr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nicsim.model.Mbuf;

/** netisr names the branch of netisr_select_cpuid that placed a packet (CPUs worked by hand). */
class CpuChoiceTest {
    private static final ProtocolHandler NOP = (m, c) -> { };

    private static Netisr deferred(int ncpus, int nws, NetisrHandler h) {
        Netisr n = new Netisr(NetisrConfig.defaults(ncpus).withWorkstreams(nws).withDispatch(NetisrDispatch.DEFERRED));
        n.register(h);
        return n;
    }

    @Test
    void flowPolicyWithAFlowIdIsFlowHash() {
        Netisr n = deferred(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW).build());
        assertEquals(new CpuChoice(3, CpuReason.FLOW_HASH), n.explainCpu(1, 2, new Mbuf(7, 0x82, 1, 2, 64, null), 0));
    }

    @Test
    void flowPolicyWithoutAFlowIdFallsBackToSource() {
        Netisr n = deferred(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW).build());
        assertEquals(new CpuChoice(3, CpuReason.SOURCE), n.explainCpu(1, 2, new Mbuf(0, 0, 1, 2, 64, null), 0));
    }

    @Test
    void cpuPolicyWithACpuFromM2cpuidIsM2cpuid() {
        Netisr n = deferred(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.CPU)
                .m2cpuid((m, s) -> new CpuPlacement(m, 6)).build());
        assertEquals(new CpuChoice(2, CpuReason.M2CPUID), n.explainCpu(1, 0, Mbuf.local(64, null), 0));
    }

    @Test
    void oneWorkstreamNeedsNoChoice() {
        Netisr n = deferred(4, 1, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW).build());
        assertEquals(new CpuChoice(0, CpuReason.SINGLE_WORKSTREAM),
                n.explainCpu(1, 2, new Mbuf(7, 0x82, 1, 2, 64, null), 3));
    }

    @Test
    void explainingAChoiceAgreesWithSelectCpu() {
        Netisr n = deferred(8, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW).build());
        for (int flow = 0; flow < 50; flow++) {
            Mbuf m = new Mbuf(flow * 7919, 0x82, 1, flow % 4, 64, null);
            assertEquals(n.selectCpu(1, flow % 4, m, 0), n.explainCpu(1, flow % 4, m, 0).cpu());
        }
    }
}
