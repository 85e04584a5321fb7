package org.nicsim.scoreboard;

import org.nicsim.scenario.NetisrDispatch;
import org.nicsim.scenario.NetisrPolicy;

/**
 * The CPU whose netisr handler must take a packet, by the formulas of docs/dispatch-model.md (FreeBSD
 * netisr.c and rss_config.c), written apart from the netisr model so the scoreboard checks it.
 * {@code nws_array[i] = i}.
 */
final class NetisrPlacement {
    private final NetisrPolicy policy;
    private final NetisrDispatch dispatch;
    private final int nws;
    private final int ncpus;
    private final int ifIndex;

    NetisrPlacement(NetisrPolicy policy, NetisrDispatch dispatch, int workstreams, int ncpus, int ifIndex) {
        this.policy = policy;
        this.dispatch = dispatch;
        this.nws = workstreams;
        this.ncpus = ncpus;
        this.ifIndex = ifIndex;
    }

    /**
     * @param hashType M_HASHTYPE of the mbuf (0 = none)
     * @param hash     flowid
     * @param source   netisr source = RX queue
     * @param curcpu   CPU the driver dispatched from (the ring CPU)
     */
    int cpu(int hashType, int hash, int source, int curcpu) {
        if (dispatch == NetisrDispatch.DIRECT) {
            return curcpu;                       // no CPU selection at all
        }
        if (nws == 1) {
            return 0;
        }
        switch (policy) {
            case FLOW:
                if (hashType != 0) {
                    return (int) (Integer.toUnsignedLong(hash) % nws);   // netisr_default_flow2cpu
                }
                return bySource(source);
            case CPU:
                if (isRss(hashType)) {
                    int cpuid = (hash & 127) % ncpus;                    // rss_m2cpuid: bucket -> CPU
                    return cpuid % nws;                                   // netisr_get_cpuid
                }
                return dispatch == NetisrDispatch.HYBRID ? curcpu % nws : bySource(source);
            case SOURCE:
            default:
                return bySource(source);
        }
    }

    private int bySource(int source) {
        return (ifIndex + source) % nws;
    }

    static boolean isRss(int hashType) {
        return hashType == 0x81 || hashType == 0x82 || hashType == 0x83 || hashType == 0x84
                || hashType == 0x87 || hashType == 0x89;
    }
}
