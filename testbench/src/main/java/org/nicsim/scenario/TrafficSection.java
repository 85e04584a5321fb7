package org.nicsim.scenario;

import java.util.Objects;

/**
 * The generated receive traffic ({@code traffic}). Plain values only: the traffic generator
 * builds its own configuration from these.
 *
 * @param packets frames to inject; 0 for transmit-only scenarios
 * @param flows distinct flows (address/port tuples)
 * @param mix fractions per frame kind
 * @param sizes frame length range
 * @param vlan probability a frame carries one 802.1Q tag
 * @param fragments probability an IP frame is a fragment (MF set or offset non-zero)
 * @param malformed probability a frame is malformed (truncated or inconsistent headers)
 */
public record TrafficSection(long packets, int flows, TrafficMix mix, SizeRange sizes,
                             double vlan, double fragments, double malformed) {

    public TrafficSection {
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(sizes, "sizes");
    }

    /** Mix fractions in the order tcp4, udp4, tcp6, udp6, other. */
    public double[] mixFractions() {
        return mix.fractions();
    }

    /** Smallest frame length. */
    public int minSize() {
        return sizes.min();
    }

    /** Largest frame length. */
    public int maxSize() {
        return sizes.max();
    }
}
