package org.nicsim.host;

import org.nicsim.model.netisr.CpuPlacement;
import org.nicsim.model.netisr.Netisr;
import org.nicsim.model.netisr.NetisrConfig;
import org.nicsim.model.netisr.NetisrDispatch;
import org.nicsim.model.netisr.NetisrHandler;
import org.nicsim.model.netisr.NetisrPolicy;
import org.nicsim.model.netisr.NetisrProto;
import org.nicsim.model.netisr.ProtocolHandler;
import org.nicsim.model.rss.RssCpu;
import org.nicsim.scenario.Scenario;

/** netisr as the scenario configures it: one handler per protocol the driver dispatches. */
final class NetisrSetup {
    private NetisrSetup() {
    }

    static Netisr build(Scenario sc, ProtocolHandler handler, HostListener listener) {
        int cpus = sc.cpus();
        Netisr netisr = new Netisr(new NetisrConfig(cpus, sc.netisr().workstreams(), NetisrConfig.DEFAULT_QLIMIT,
                NetisrConfig.MAX_QLIMIT, NetisrDispatch.DIRECT));
        NetisrPolicy policy = NetisrPolicy.valueOf(sc.netisr().policy().name());
        NetisrDispatch dispatch = NetisrDispatch.valueOf(sc.netisr().dispatch().name());
        for (int proto : new int[] {NetisrProto.NETISR_IP, NetisrProto.NETISR_ETHER, NetisrProto.NETISR_IPV6}) {
            NetisrHandler.Builder b = NetisrHandler.builder("proto" + proto, proto, handler)
                    .policy(policy).dispatch(dispatch).qlimit(sc.netisr().qlimit());
            if (policy == NetisrPolicy.CPU) {
                b.m2cpuid((m, source) -> new CpuPlacement(m, RssCpu.m2cpuid(m, cpus)));
            }
            netisr.register(b.build());
        }
        netisr.setFreeListener((m, proto, reason) -> listener.qdropped((RxPayload) m.payload()));
        return netisr;
    }
}
