package org.nicsim.traffic;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.nicsim.traffic.frame.MacAddress;

/**
 * One generated flow: a fixed protocol family and 5-tuple. For ICMP the source port is the echo
 * identifier and the destination port 0; for ARP both ports are 0 and the addresses are the
 * sender and target protocol addresses.
 *
 * @param id 0-based flow id, as in {@link GeneratedFrame#flowId()}
 * @param vlanTci the 802.1Q TCI used when a frame of this flow is tagged
 */
public record Flow(int id, FlowFamily family, MacAddress sourceMac, MacAddress destinationMac,
                   InetAddress source, InetAddress destination, int sourcePort, int destinationPort,
                   int vlanTci) {
    public Flow {
        Class<?> want = family.ipVersion() == 6 ? Inet6Address.class : Inet4Address.class;
        if (!want.isInstance(source) || !want.isInstance(destination)) {
            throw new IllegalArgumentException("flow " + id + ": " + family + " needs " + want.getSimpleName() + " addresses");
        }
    }

    /** The source address as an IPv4 address; only for IPv4 and ARP families. */
    public Inet4Address source4() {
        return (Inet4Address) source;
    }

    public Inet4Address destination4() {
        return (Inet4Address) destination;
    }

    /** The source address as an IPv6 address; only for IPv6 families. */
    public Inet6Address source6() {
        return (Inet6Address) source;
    }

    public Inet6Address destination6() {
        return (Inet6Address) destination;
    }
}
