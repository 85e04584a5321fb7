package org.nicsim.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;

/** The benchmark's traffic profiles; every frame comes from the seeded traffic generator. */
public enum BenchTraffic {
    /**
     * Minimum-size frames: 64 bytes without FCS, 64 flows of IPv4 TCP/UDP, IPv6 UDP and other
     * EtherTypes (IPv6 TCP needs 74 bytes of headers, so it is left out).
     */
    SMALL("64B", new int[] {64}, 8),
    /** Simple IMIX by count: 7 × 64, 4 × 576, 1 × 1514 bytes, interleaved, the default mix where it fits. */
    IMIX("IMIX", new int[] {64, 576, 64, 64, 576, 64, 1514, 64, 576, 64, 64, 576}, 0);

    private static final TrafficSpec.Mix SMALL_MIX = new TrafficSpec.Mix(0.4, 0.3, 0.0, 0.2, 0.1);

    private final String label;
    private final int[] pattern;
    private final int gapCycles;

    BenchTraffic(String label, int[] pattern, int gapCycles) {
        this.label = label;
        this.pattern = pattern;
        this.gapCycles = gapCycles;
    }

    /**
     * Idle cycles before each frame on the RX stream. Back to back, 64-byte frames arrive faster
     * than nic_top forwards them (RX takes 8 beats, TX about 13 cycles a frame), and the
     * co-simulation's ifq then drops what the lean loops would queue without limit; with the gap
     * every frame is forwarded in every mode, so all modes do the same work.
     */
    public int gapCycles() {
        return gapCycles;
    }

    public String label() {
        return label;
    }

    /** The largest frame of the profile (sizes the RX and TX buffers). */
    public int maxSize() {
        int m = 0;
        for (int s : pattern) {
            m = Math.max(m, s);
        }
        return m;
    }

    /**
     * {@code n} frames following the profile's size pattern, from {@code seed}. Generated frames
     * that come out longer than their slot (headers that do not fit, e.g. IPv4 options in a 64-byte
     * slot) are skipped, so every frame has exactly its slot's size.
     */
    public FramePool pool(int n, long seed) {
        List<byte[]> out = new ArrayList<>(n);
        java.util.Map<Integer, Iterator<GeneratedFrame>> bySize = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            int size = pattern[i % pattern.length];
            Iterator<GeneratedFrame> g = bySize.computeIfAbsent(size, s -> new TrafficGenerator(
                    new TrafficSpec(Long.MAX_VALUE, 64, s == 64 ? SMALL_MIX : TrafficSpec.Mix.defaults(),
                            new TrafficSpec.Sizes(s, s), 0, 0, 0, 0), seed + s).iterator());
            byte[] b = g.next().bytes();
            while (b.length != size) {
                b = g.next().bytes();
            }
            out.add(b);
        }
        return new FramePool(out);
    }
}
