package org.nicsim.scenario;

/** A netisr protocol the run registers, by the name a scenario's {@code vnet} changes use. */
public enum VnetProtocol implements JsonNamed {
    /** NETISR_IP (1): IPv4 frames. */
    IP("ip", 1),
    /** NETISR_ETHER (5): frames without an IP flag. */
    ETHER("ether", 5),
    /** NETISR_IPV6 (6): IPv6 frames. */
    IPV6("ip6", 6);

    private final String jsonName;
    private final int proto;

    VnetProtocol(String jsonName, int proto) {
        this.jsonName = jsonName;
        this.proto = proto;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The NETISR_* protocol number. */
    public int proto() {
        return proto;
    }
}
