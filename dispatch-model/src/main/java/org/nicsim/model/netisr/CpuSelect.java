package org.nicsim.model.netisr;

import org.nicsim.model.Mbuf;

/**
 * {@code netisr_select_cpuid} and its helpers: the CPU a packet goes to under its protocol's
 * policy (SOURCE, FLOW, CPU) with FreeBSD's fallbacks, over {@code nws_array[i] = i}.
 */
final class CpuSelect {
    private final int[] nwsArray;

    CpuSelect(int workstreams) {
        this.nwsArray = new int[workstreams];
        for (int i = 0; i < nwsArray.length; i++) {
            nwsArray[i] = i;
        }
    }

    /** {@code netisr_get_cpuid}: {@code nws_array[n % nws_count]}, n unsigned. */
    public int getCpuid(int cpunumber) {
        return nwsArray[Integer.remainderUnsigned(cpunumber, nwsArray.length)];
    }

    /** {@code netisr_default_flow2cpu}: {@code nws_array[flowid % nws_count]}, flowid unsigned. */
    public int defaultFlow2cpu(int flowid) {
        return nwsArray[Integer.remainderUnsigned(flowid, nwsArray.length)];
    }

    /** SOURCE placement: {@code nws_array[(if_index + source) % nws_count]}, or source alone without rcvif. */
    int sourceCpu(Mbuf m, long source) {
        long key = m.hasRcvif() ? m.rcvifIndex() + source : source;
        return nwsArray[(int) Long.remainderUnsigned(key, nwsArray.length)];
    }

    /** {@code netisr_select_cpuid}: the packet to go on with (null = dropped), its CPU and the branch that chose it. */
    Selection selectCpuid(NetisrHandler h, NetisrDispatch dispatch, long source, Mbuf m, int curcpu) {
        if (nwsArray.length == 1) {
            return new Selection(m, nwsArray[0], CpuReason.SINGLE_WORKSTREAM);
        }
        NetisrPolicy policy = h.policy();
        if (policy == NetisrPolicy.CPU) {
            CpuPlacement p = h.m2cpuid().m2cpuid(m, source);
            if (p == null) {
                return new Selection(null, -1, CpuReason.DROPPED);
            }
            if (p.cpuid() != Netisr.NETISR_CPUID_NONE) {
                return new Selection(p.mbuf(), getCpuid(p.cpuid()), CpuReason.M2CPUID);
            }
            if (dispatch == NetisrDispatch.HYBRID) {
                return new Selection(p.mbuf(), getCpuid(curcpu), CpuReason.HYBRID_CURCPU);
            }
            m = p.mbuf();
            policy = NetisrPolicy.SOURCE;
        }
        if (policy == NetisrPolicy.FLOW) {
            if (!m.hasHash() && h.m2flow() != null) {
                m = h.m2flow().m2flow(m, source);
                if (m == null) {
                    return new Selection(null, -1, CpuReason.DROPPED);
                }
            }
            if (m.hasHash()) {
                return new Selection(m, defaultFlow2cpu(m.flowid()), CpuReason.FLOW_HASH);
            }
        }
        return new Selection(m, sourceCpu(m, source), CpuReason.SOURCE);
    }

    record Selection(Mbuf mbuf, int cpu, CpuReason reason) {
    }
}
