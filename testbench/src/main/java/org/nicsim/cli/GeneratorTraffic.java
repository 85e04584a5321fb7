package org.nicsim.cli;

import java.util.Iterator;
import org.nicsim.cosim.ScenarioTraffic;
import org.nicsim.report.TrafficInput;
import org.nicsim.run.InjectedFrame;
import org.nicsim.scenario.Scenario;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;

/** Frames from the seeded traffic generator, as the scenario's {@code traffic} section says. */
final class GeneratorTraffic implements TrafficSource {
    private final TrafficGenerator generator;

    /** @throws InputException when the traffic section is not one the generator accepts */
    GeneratorTraffic(Scenario s, String label) {
        try {
            this.generator = new TrafficGenerator(ScenarioTraffic.spec(s), s.seed());
        } catch (IllegalArgumentException e) {
            throw new InputException(label + ": " + e.getMessage());
        }
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
