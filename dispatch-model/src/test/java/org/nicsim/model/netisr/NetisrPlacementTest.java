package org.nicsim.model.netisr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nicsim.model.CpuContext;
import org.nicsim.model.Mbuf;

/** CPU selection: SOURCE, FLOW, CPU policies and their fallbacks (expected CPUs worked by hand). */
class NetisrPlacementTest {
    private static final ProtocolHandler NOP = (m, c) -> { };
    private static final int RSS_TCP_IPV4 = 0x82;

    /** Deferred dispatch so the chosen CPU is where the packet is queued. */
    private static Netisr netisr(int ncpus, int workstreams, NetisrHandler h) {
        Netisr n = new Netisr(NetisrConfig.defaults(ncpus).withWorkstreams(workstreams)
                .withDispatch(NetisrDispatch.DEFERRED));
        n.register(h);
        return n;
    }

    private static int queuedCpu(Netisr n, int proto) {
        for (int c = 0; c < n.config().ncpus(); c++) {
            if (n.stats(proto, c).len() > 0) {
                return c;
            }
        }
        return -1;
    }

    @Test
    void sourceWithRcvifUsesIfIndexPlusSource() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 2, new Mbuf(7, RSS_TCP_IPV4, 1, 2, 64, null));
        assertEquals(3, queuedCpu(n, 1)); // (1 + 2) % 4, flowid 7 ignored
    }

    @Test
    void sourceWithoutRcvifUsesSourceAlone() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 6, Mbuf.local(64, null));
        assertEquals(2, queuedCpu(n, 1)); // 6 % 4
    }

    @Test
    void dispatchWithoutSourceMeansSourceZero() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).build());
        n.dispatch(CpuContext.driver(3), 1, new Mbuf(0, 0, 1, 0, 64, null));
        assertEquals(1, queuedCpu(n, 1)); // (1 + 0) % 4
    }

    @Test
    void flowWithHashUsesFlowidModuloWorkstreams() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 2, new Mbuf(7, RSS_TCP_IPV4, 1, 2, 64, null));
        assertEquals(3, queuedCpu(n, 1)); // 7 % 4
    }

    @Test
    void flowidIsUnsigned() {
        Netisr n = netisr(3, 3, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 2, new Mbuf(0xFFFFFFFF, RSS_TCP_IPV4, 1, 2, 64, null));
        assertEquals(0, queuedCpu(n, 1)); // 4294967295 = 3 * 1431655765
        assertEquals(0, n.defaultFlow2cpu(0xFFFFFFFF));
    }

    @Test
    void flowWithoutHashAsksM2flow() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW)
                .m2flow((m, s) -> m.withHash(5, RSS_TCP_IPV4)).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 2, new Mbuf(0, 0, 1, 2, 64, null));
        assertEquals(1, queuedCpu(n, 1)); // 5 % 4
    }

    @Test
    void flowWithoutHashOrM2flowFallsBackToSource() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 2, new Mbuf(5, 0, 1, 2, 64, null));
        assertEquals(3, queuedCpu(n, 1)); // (1 + 2) % 4
    }

    @Test
    void flowWhenM2flowGivesNoHashFallsBackToSource() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW)
                .m2flow((m, s) -> m).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 1, new Mbuf(5, 0, 1, 2, 64, null));
        assertEquals(2, queuedCpu(n, 1)); // (1 + 1) % 4
    }

    @Test
    void flowM2flowDropFreesThePacket() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.FLOW)
                .m2flow((m, s) -> null).build());
        List<FreeReason> freed = new ArrayList<>();
        n.setFreeListener((m, p, r) -> freed.add(r));
        assertEquals(Errno.ENOBUFS, n.dispatchSrc(CpuContext.driver(0), 1, 0, Mbuf.local(64, null)));
        assertEquals(List.of(FreeReason.POLICY_DROP), freed);
        assertEquals(-1, queuedCpu(n, 1));
    }

    @Test
    void cpuPolicyUsesM2cpuidThroughGetCpuid() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.CPU)
                .m2cpuid((m, s) -> new CpuPlacement(m, 6)).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 0, Mbuf.local(64, null));
        assertEquals(2, queuedCpu(n, 1)); // nws_array[6 % 4]
    }

    @Test
    void cpuPolicyWithCpuidNoneFallsBackToSourceWhenDeferred() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.CPU)
                .m2cpuid((m, s) -> new CpuPlacement(m, Netisr.NETISR_CPUID_NONE)).build());
        n.dispatchSrc(CpuContext.driver(0), 1, 2, new Mbuf(0, 0, 1, 2, 64, null));
        assertEquals(3, queuedCpu(n, 1)); // (1 + 2) % 4
    }

    @Test
    void cpuPolicyWithCpuidNoneUsesCurrentCpuUnderHybrid() {
        // 8 CPUs, 4 workstreams: current CPU 5 maps to nws_array[5 % 4] = 1, another CPU: queued there.
        Netisr n = new Netisr(NetisrConfig.defaults(8).withWorkstreams(4).withDispatch(NetisrDispatch.HYBRID));
        n.register(NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.CPU)
                .m2cpuid((m, s) -> new CpuPlacement(m, Netisr.NETISR_CPUID_NONE)).build());
        n.dispatchSrc(CpuContext.driver(5), 1, 2, new Mbuf(0, 0, 1, 2, 64, null));
        assertEquals(1, queuedCpu(n, 1));
    }

    @Test
    void cpuPolicyWithCpuidNoneUnderHybridOnAWorkstreamCpuRunsNow() {
        Netisr n = new Netisr(NetisrConfig.defaults(4).withDispatch(NetisrDispatch.HYBRID));
        List<Integer> ran = new ArrayList<>();
        n.register(NetisrHandler.builder("ip", 1, (m, c) -> ran.add(c.cpu())).policy(NetisrPolicy.CPU)
                .m2cpuid((m, s) -> new CpuPlacement(m, Netisr.NETISR_CPUID_NONE)).build());
        n.dispatchSrc(CpuContext.driver(2), 1, 3, new Mbuf(0, 0, 1, 3, 64, null));
        assertEquals(List.of(2), ran);
        assertEquals(1, n.stats(1, 2).hybridDispatched());
    }

    @Test
    void cpuPolicyM2cpuidDropFreesThePacket() {
        Netisr n = netisr(4, 4, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.CPU)
                .m2cpuid((m, s) -> null).build());
        assertEquals(Errno.ENOBUFS, n.dispatchSrc(CpuContext.driver(0), 1, 0, Mbuf.local(64, null)));
        assertEquals(-1, queuedCpu(n, 1));
    }

    @Test
    void oneWorkstreamAlwaysSelectsItWithoutAskingThePolicy() {
        List<String> asked = new ArrayList<>();
        Netisr n = netisr(4, 1, NetisrHandler.builder("ip", 1, NOP).policy(NetisrPolicy.CPU)
                .m2cpuid((m, s) -> {
                    asked.add("m2cpuid");
                    return new CpuPlacement(m, 3);
                }).build());
        n.dispatchSrc(CpuContext.driver(2), 1, 0, Mbuf.local(64, null));
        assertEquals(0, queuedCpu(n, 1));
        assertTrue(asked.isEmpty());
    }

    @Test
    void getCpuidWrapsOverTheWorkstreamArray() {
        Netisr n = new Netisr(NetisrConfig.defaults(8).withWorkstreams(3));
        assertEquals(1, n.getCpuid(7));
        assertEquals(0, n.getCpuid(-1)); // (u_int)-1 = 4294967295 = 3 * 1431655765
    }
}
