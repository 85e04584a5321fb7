package org.nicsim.traffic;

/**
 * What the traffic generator makes: the scenario's {@code traffic} section. Every field is
 * checked on construction; an invalid value throws {@link IllegalArgumentException} whose message
 * starts with the field's scenario path (e.g. {@code traffic.sizes.min}).
 *
 * @param packets number of frames, >= 0
 * @param flows number of distinct flows (5-tuples), 1..1,000,000, at least one per mix class
 *        with a non-zero fraction
 * @param mix protocol mix: the probability of each packet's flow class
 * @param sizes range of the frame length target (bytes, no FCS), uniform; a frame is never
 *        shorter than its headers need nor than 60 bytes, unless it is a malformed truncation
 * @param vlan probability that a frame carries one 802.1Q tag
 * @param fragments probability that an IPv4 packet is a fragment (half first fragments, half
 *        later ones); no effect on IPv6 and ARP
 * @param malformed probability that a packet is replaced by a malformed frame of its flow
 *        (see {@link FrameKind})
 * @param badFrames probability that the frame is sent with AXI-Stream tuser (bad frame) set;
 *        not in the scenario's documented fields, 0 by default
 */
public record TrafficSpec(long packets, int flows, Mix mix, Sizes sizes, double vlan,
                          double fragments, double malformed, double badFrames) {
    /** Largest flow table the generator builds. */
    public static final int MAX_FLOWS = 1_000_000;
    /** Shortest frame target: an Ethernet header. */
    public static final int MIN_SIZE = 14;
    /** Longest frame target: a jumbo frame. */
    public static final int MAX_SIZE = 9600;

    public TrafficSpec {
        if (packets < 0) {
            throw new IllegalArgumentException("traffic.packets: must be >= 0, got " + packets);
        }
        if (flows < 1 || flows > MAX_FLOWS) {
            throw new IllegalArgumentException("traffic.flows: must be 1.." + MAX_FLOWS + ", got " + flows);
        }
        if (mix == null) {
            throw new IllegalArgumentException("traffic.mix: must be set");
        }
        if (sizes == null) {
            throw new IllegalArgumentException("traffic.sizes: must be set");
        }
        checkFraction("traffic.vlan", vlan);
        checkFraction("traffic.fragments", fragments);
        checkFraction("traffic.malformed", malformed);
        checkFraction("traffic.badFrames", badFrames);
        int classes = mix.nonZeroClasses();
        if (flows < classes) {
            throw new IllegalArgumentException("traffic.flows: " + flows + " flows cannot carry the "
                    + classes + " mix classes with a non-zero fraction; must be >= " + classes);
        }
    }

    /** The scenario defaults: 10000 packets, 64 flows, the default mix, 64..1514 bytes, no VLAN, fragments or malformed frames. */
    public static TrafficSpec defaults() {
        return new TrafficSpec(10_000, 64, Mix.defaults(), new Sizes(64, 1514), 0, 0, 0, 0);
    }

    /** This spec with a different packet count (the {@code --packets} option). */
    public TrafficSpec withPackets(long n) {
        return new TrafficSpec(n, flows, mix, sizes, vlan, fragments, malformed, badFrames);
    }

    static void checkFraction(String field, double v) {
        if (!(v >= 0.0 && v <= 1.0)) { // also rejects NaN
            throw new IllegalArgumentException(field + ": must be a fraction in [0, 1], got " + v);
        }
    }

    /** The five classes of the protocol mix, in scenario order. */
    public enum MixClass {
        TCP4, UDP4, TCP6, UDP6, OTHER
    }

    /**
     * Protocol mix fractions; each in [0, 1], summing to 1 within 1e-6. "other" is ICMP over
     * IPv4, IPv6 with a hop-by-hop header, and ARP (a non-IP EtherType), in turn by flow.
     */
    public record Mix(double tcp4, double udp4, double tcp6, double udp6, double other) {
        /** Allowed distance of the sum from 1. */
        public static final double SUM_TOLERANCE = 1e-6;

        public Mix {
            checkFraction("traffic.mix.tcp4", tcp4);
            checkFraction("traffic.mix.udp4", udp4);
            checkFraction("traffic.mix.tcp6", tcp6);
            checkFraction("traffic.mix.udp6", udp6);
            checkFraction("traffic.mix.other", other);
            double sum = tcp4 + udp4 + tcp6 + udp6 + other;
            if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("traffic.mix: fractions must sum to 1, got " + sum);
            }
        }

        /** The scenario default: tcp4 0.4, udp4 0.2, tcp6 0.2, udp6 0.1, other 0.1. */
        public static Mix defaults() {
            return new Mix(0.4, 0.2, 0.2, 0.1, 0.1);
        }

        /** The fraction of one class. */
        public double fraction(MixClass c) {
            return switch (c) {
                case TCP4 -> tcp4;
                case UDP4 -> udp4;
                case TCP6 -> tcp6;
                case UDP6 -> udp6;
                case OTHER -> other;
            };
        }

        int nonZeroClasses() {
            int n = 0;
            for (MixClass c : MixClass.values()) {
                if (fraction(c) > 0) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Frame length target range in bytes without FCS, {@value TrafficSpec#MIN_SIZE}..{@value TrafficSpec#MAX_SIZE}.
     */
    public record Sizes(int min, int max) {
        public Sizes {
            if (min < MIN_SIZE) {
                throw new IllegalArgumentException("traffic.sizes.min: must be >= " + MIN_SIZE + ", got " + min);
            }
            if (max > MAX_SIZE) {
                throw new IllegalArgumentException("traffic.sizes.max: must be <= " + MAX_SIZE + ", got " + max);
            }
            if (min > max) {
                throw new IllegalArgumentException("traffic.sizes.min: must be <= traffic.sizes.max (" + max
                        + "), got " + min);
            }
        }
    }
}
