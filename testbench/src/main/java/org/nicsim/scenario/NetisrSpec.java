package org.nicsim.scenario;

import java.util.Objects;

/**
 * How the driver hands received packets to netisr(9) ({@code netisr}).
 *
 * @param policy CPU-affinity policy of the IP, IPv6 and ether protocols
 * @param dispatch dispatch policy
 * @param qlimit per-(protocol, CPU) queue limit {@code nh_qlimit}
 * @param workstreams {@code nws_count}; {@code nws_array[i] = i}
 * @param ifIndex {@code m->rcvif->if_index} of the simulated interface
 */
public record NetisrSpec(NetisrPolicy policy, NetisrDispatch dispatch, int qlimit, int workstreams, int ifIndex) {

    public NetisrSpec {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(dispatch, "dispatch");
    }
}
