package org.nicsim.scenario;

/** netisr(9) CPU-affinity policy of the protocols the driver dispatches to ({@code netisr.policy}). */
public enum NetisrPolicy implements JsonNamed {
    /** {@code NETISR_POLICY_SOURCE}: CPU from interface index and source (the RX queue). */
    SOURCE,
    /** {@code NETISR_POLICY_FLOW}: CPU from the flow ID (hardware hash) when there is one. */
    FLOW,
    /** {@code NETISR_POLICY_CPU}: the protocol's {@code nh_m2cpuid} (here {@code rss_m2cpuid}) decides. */
    CPU;

    @Override
    public String jsonName() {
        return name();
    }
}
