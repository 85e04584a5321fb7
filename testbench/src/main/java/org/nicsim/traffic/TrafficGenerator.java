package org.nicsim.traffic;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.nicsim.traffic.TrafficSpec.MixClass;

/**
 * Seeded traffic: a stream of {@link GeneratedFrame}s following a {@link TrafficSpec}. The same
 * seed and spec give a byte-identical sequence on every run and JDK (all randomness is
 * {@link SplitMix64} with derived seeds). Frames are made one at a time, so millions of packets
 * need no more memory than the flow table.
 *
 * <p>Per packet, in this fixed order from the packet's own derived stream: malformed or not, the
 * mix class, the flow within the class, VLAN tag, fragment, first or later fragment, tuser, the
 * length target; then whatever the frame's kind needs. Every packet draws the same decisions, so
 * changing one fraction does not reshuffle the others.
 */
public final class TrafficGenerator implements Iterable<GeneratedFrame> {
    static final long STREAM_FLOWS = 1;
    static final long STREAM_COUNTERS = 2;
    static final long STREAM_PACKETS = 3;

    private final TrafficSpec spec;
    private final long seed;
    private final FlowTable table;

    /** A generator for {@code spec} seeded with {@code seed}; builds the flow table now. */
    public TrafficGenerator(TrafficSpec spec, long seed) {
        if (spec == null) {
            throw new IllegalArgumentException("traffic: must be set");
        }
        this.spec = spec;
        this.seed = seed;
        this.table = new FlowTable(spec, seed);
    }

    public TrafficSpec spec() {
        return spec;
    }

    public long seed() {
        return seed;
    }

    /** The flows, indexed by {@link Flow#id()}. */
    public List<Flow> flows() {
        return table.flows();
    }

    /** A fresh pass over the sequence from index 0; passes are independent and identical. */
    @Override
    public Iterator<GeneratedFrame> iterator() {
        return new Pass();
    }

    /** The sequence as a sequential stream. */
    public Stream<GeneratedFrame> stream() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), spec.packets(),
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    private final class Pass implements Iterator<GeneratedFrame> {
        private final FrameFactory factory = new FrameFactory(table.flows(), seed);
        private final MalformedFrames malformed = new MalformedFrames(factory);
        private long index;

        @Override
        public boolean hasNext() {
            return index < spec.packets();
        }

        @Override
        public GeneratedFrame next() {
            if (!hasNext()) {
                throw new NoSuchElementException("traffic: all " + spec.packets() + " packets generated");
            }
            long i = index++;
            SplitMix64 r = SplitMix64.derive(seed, STREAM_PACKETS, i);
            boolean isMalformed = r.chance(spec.malformed());
            MixClass c = table.pickClass(r.nextDouble());
            Flow f = table.pickFlow(c, r.nextLong());
            boolean vlan = r.chance(spec.vlan());
            boolean fragment = r.chance(spec.fragments());
            boolean first = r.nextInt(2) == 0;
            boolean bad = r.chance(spec.badFrames());
            int target = r.nextInt(spec.sizes().min(), spec.sizes().max());

            FrameKind kind;
            byte[] bytes;
            if (isMalformed) {
                List<FrameKind> kinds = MalformedFrames.kindsFor(f.family());
                kind = kinds.get(r.nextInt(kinds.size()));
                bytes = malformed.make(kind, f, vlan, target, r);
                vlan = MalformedFrames.keepsVlan(kind, vlan);
            } else if (fragment && f.family().ipVersion() == 4) {
                kind = first ? FrameKind.IPV4_FIRST_FRAGMENT : FrameKind.IPV4_LATER_FRAGMENT;
                bytes = first ? factory.firstFragment(f, vlan, target, r) : factory.laterFragment(f, vlan, target, r);
            } else {
                kind = wellFormedKind(f.family());
                bytes = factory.unfragmented(f, vlan, target, r, -1);
            }
            return new GeneratedFrame(i, bytes, bad, f.id(), kind, vlan);
        }
    }

    private static FrameKind wellFormedKind(FlowFamily family) {
        return switch (family) {
            case TCP4 -> FrameKind.TCP4;
            case UDP4 -> FrameKind.UDP4;
            case TCP6 -> FrameKind.TCP6;
            case UDP6 -> FrameKind.UDP6;
            case ICMP4 -> FrameKind.ICMP4;
            case IPV6_HOP_BY_HOP -> FrameKind.IPV6_HOP_BY_HOP;
            case ARP -> FrameKind.ARP;
        };
    }
}
