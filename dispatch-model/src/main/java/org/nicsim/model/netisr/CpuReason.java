package org.nicsim.model.netisr;

/** Why {@code netisr_select_cpuid} chose a packet's CPU: the branch of netisr.c that decided. */
public enum CpuReason {
    SINGLE_WORKSTREAM("one workstream: nws_array[0]"),
    M2CPUID("policy CPU: the protocol's nh_m2cpuid named a CPU (RSS bucket -> CPU), netisr_get_cpuid"),
    HYBRID_CURCPU("policy CPU, no CPU from nh_m2cpuid, hybrid dispatch: the current (ring) CPU"),
    FLOW_HASH("policy FLOW with a flow id: netisr_default_flow2cpu(flowid) = nws_array[flowid % nws]"),
    SOURCE("by source: nws_array[(if_index + source) % nws]"),
    DROPPED("the protocol's nh_m2flow / nh_m2cpuid dropped the packet");

    private final String rule;

    CpuReason(String rule) {
        this.rule = rule;
    }

    /** The rule in netisr.c's words. */
    public String rule() {
        return rule;
    }
}
