package org.nicsim.reliab;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;

/** Frames a hostile or broken link delivers: random, truncated, corrupted, tiny and huge. */
final class HostileFrames {
    /** Longer than the RX data FIFO (16 KiB, rx_datapath MAX_FRAME_BYTES). */
    static final int BEYOND_FIFO = 20_000;

    private HostileFrames() {}

    /** A well-formed frame of the generator's mix (IPv4/IPv6, TCP/UDP, VLAN, fragments, ARP). */
    static Arbitrary<byte[]> valid() {
        return Arbitraries.longs().map(seed -> {
            TrafficSpec spec = new TrafficSpec(1, 8, TrafficSpec.defaults().mix(), new TrafficSpec.Sizes(60, 1514), 0.3,
                    0.2, 0.0, 0.0);
            return new TrafficGenerator(spec, seed).iterator().next().bytes();
        });
    }

    static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300);
    }

    /** Below the 14-byte Ethernet header: runts. */
    static Arbitrary<byte[]> tiny() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(13);
    }

    /** A valid frame cut short anywhere (headers truncated mid-field). */
    static Arbitrary<byte[]> truncated() {
        return Combinators.combine(valid(), Arbitraries.doubles().between(0, 1))
                .as((f, at) -> Arrays.copyOf(f, Math.max(1, (int) (f.length * at))));
    }

    /**
     * A valid frame with a few header bytes overwritten: wrong EtherType, IP version, IHL, total
     * length, payload length, protocol, checksum, ports.
     */
    static Arbitrary<byte[]> corrupted() {
        return Combinators.combine(valid(), Arbitraries.integers().between(12, 80).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.bytes().list().ofSize(4)).as((f, at, v) -> {
                    byte[] b = f.clone();
                    for (int i = 0; i < at.size(); i++) {
                        if (at.get(i) < b.length) {
                            b[at.get(i)] = v.get(i);
                        }
                    }
                    return b;
                });
    }

    /** Jumbo and beyond: up to 9600 (the largest buffer), then past the RX FIFO. */
    static Arbitrary<byte[]> huge() {
        return Combinators.combine(valid(), Arbitraries.integers().between(1515, BEYOND_FIFO))
                .as((f, len) -> Arrays.copyOf(f, len));
    }

    static Arbitrary<byte[]> any() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, valid()), net.jqwik.api.Tuple.of(2, randomBytes()),
                net.jqwik.api.Tuple.of(2, tiny()), net.jqwik.api.Tuple.of(3, truncated()),
                net.jqwik.api.Tuple.of(3, corrupted()), net.jqwik.api.Tuple.of(1, huge()));
    }
}
