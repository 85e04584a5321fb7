package org.nicsim.scenario;

/**
 * Fractions of generated frames per kind ({@code traffic.mix}); they sum to 1.
 *
 * @param tcp4 IPv4 TCP
 * @param udp4 IPv4 UDP
 * @param tcp6 IPv6 TCP
 * @param udp6 IPv6 UDP
 * @param other any other frame (non-TCP/UDP IP, non-IP ethertypes)
 */
public record TrafficMix(double tcp4, double udp4, double tcp6, double udp6, double other) {

    /** Field names in JSON, in the order of {@link #fractions()}. */
    public static final java.util.List<String> KINDS = java.util.List.of("tcp4", "udp4", "tcp6", "udp6", "other");

    /** The fractions in the order tcp4, udp4, tcp6, udp6, other (a fresh array). */
    public double[] fractions() {
        return new double[] {tcp4, udp4, tcp6, udp6, other};
    }

    /** Sum of the fractions (1 within 1e-6 for a parsed scenario). */
    public double sum() {
        return tcp4 + udp4 + tcp6 + udp6 + other;
    }
}
