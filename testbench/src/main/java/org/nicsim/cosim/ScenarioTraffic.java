package org.nicsim.cosim;

import java.util.Iterator;
import org.nicsim.run.InjectedFrame;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.TrafficMix;
import org.nicsim.scenario.TrafficSection;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;

/** The seeded generator traffic a scenario describes, as frames for {@link CoSimulation#run}. */
public final class ScenarioTraffic {
    private ScenarioTraffic() {}

    /** The generator settings of a scenario's {@code traffic} section (no bad-frame flag). */
    public static TrafficSpec spec(Scenario s) {
        TrafficSection t = s.traffic();
        TrafficMix m = t.mix();
        return new TrafficSpec(t.packets(), t.flows(), new TrafficSpec.Mix(m.tcp4(), m.udp4(), m.tcp6(), m.udp6(),
                m.other()), new TrafficSpec.Sizes(t.minSize(), t.maxSize()), t.vlan(), t.fragments(), t.malformed(), 0.0);
    }

    /** The scenario's frames, generated lazily from its seed. */
    public static Iterator<InjectedFrame> frames(Scenario s) {
        Iterator<GeneratedFrame> g = new TrafficGenerator(spec(s), s.seed()).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return g.hasNext();
            }

            @Override
            public InjectedFrame next() {
                GeneratedFrame f = g.next();
                return new InjectedFrame(f.index(), f.bytes(), f.badFrame());
            }
        };
    }
}
