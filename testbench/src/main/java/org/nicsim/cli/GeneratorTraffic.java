package org.nicsim.cli;

import java.util.Iterator;
import org.nicsim.cosim.InjectedFrame;
import org.nicsim.report.TrafficInput;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.TrafficMix;
import org.nicsim.scenario.TrafficSection;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;

/** Frames from the seeded traffic generator, as the scenario's {@code traffic} section says. */
final class GeneratorTraffic implements TrafficSource {
    private final TrafficGenerator generator;

    /** @throws InputException when the traffic section is not one the generator accepts */
    GeneratorTraffic(Scenario s, String label) {
        try {
            this.generator = new TrafficGenerator(spec(s.traffic()), s.seed());
        } catch (IllegalArgumentException e) {
            throw new InputException(label + ": " + e.getMessage());
        }
    }

    /** The scenario's traffic section as the generator's spec, 1:1 (no bad frames). */
    static TrafficSpec spec(TrafficSection t) {
        TrafficMix m = t.mix();
        return new TrafficSpec(t.packets(), t.flows(), new TrafficSpec.Mix(m.tcp4(), m.udp4(), m.tcp6(), m.udp6(), m.other()),
                new TrafficSpec.Sizes(t.minSize(), t.maxSize()), t.vlan(), t.fragments(), t.malformed(), 0.0);
    }

    @Override
    public long total() {
        return generator.spec().packets();
    }

    @Override
    public TrafficInput describe() {
        return TrafficInput.generator(total());
    }

    @Override
    public Frames open() {
        Iterator<GeneratedFrame> it = generator.iterator();
        return new Frames() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public InjectedFrame next() {
                GeneratedFrame f = it.next();
                return new InjectedFrame(f.index(), f.bytes(), f.badFrame());
            }

            @Override
            public void close() {
            }
        };
    }
}
