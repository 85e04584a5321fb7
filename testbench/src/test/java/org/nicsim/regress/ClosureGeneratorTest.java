package org.nicsim.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.coverage.Coverpoint;
import org.nicsim.coverage.FunctionalCoverage;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;

/** The constrained-random scenarios of regress --until-covered: valid, reproducible, aimed. */
class ClosureGeneratorTest {
    private static List<String> everyCountedBin() {
        List<String> bins = new ArrayList<>();
        for (Coverpoint p : FunctionalCoverage.points()) {
            p.counted().forEach(b -> bins.add(p.id(b)));
        }
        return bins;
    }

    private static Scenario read(ClosureGenerator.Generated g) {
        return ScenarioLoader.fromTree(g.scenario(), List.of());
    }

    @Test
    void aScenarioAimedAtAnyCountedBinIsAValidScenario() {
        ClosureGenerator gen = new ClosureGenerator(7);
        int k = 0;
        for (String aim : everyCountedBin()) {
            for (int i = 0; i < 3; i++) {
                ClosureGenerator.Generated g = gen.next(++k, aim);
                Scenario s = read(g);   // throws ScenarioException naming the field if the draw broke a rule
                assertEquals(g.seed(), s.seed(), aim);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameScenariosAndAnotherSeedOthers() {
        ClosureGenerator a = new ClosureGenerator(42);
        ClosureGenerator b = new ClosureGenerator(42);
        ClosureGenerator c = new ClosureGenerator(43);
        List<String> aims = everyCountedBin();
        boolean differ = false;
        for (int k = 1; k <= 20; k++) {
            ClosureGenerator.Generated ga = a.next(k, aims.get(k));
            assertEquals(ga, b.next(k, aims.get(k)));
            differ |= !ga.scenario().equals(c.next(k, aims.get(k)).scenario());
        }
        assertTrue(differ);
    }

    @Test
    void aNetisrOutcomeAimPinsPolicyDispatchAndASmallQueueForDrops() {
        ClosureGenerator gen = new ClosureGenerator(3);
        for (int k = 1; k <= 10; k++) {
            Scenario s = read(gen.next(k, "netisr.outcome/FLOW.DEFERRED.qdrop"));
            assertEquals("FLOW", s.netisr().policy().name());
            assertEquals("DEFERRED", s.netisr().dispatch().name());
            assertTrue(s.netisr().qlimit() <= 4, "qlimit " + s.netisr().qlimit());
            assertTrue(s.netisr().workstreams() >= 2);
        }
    }

    @Test
    void aQueueAimMakesTheNicUseThatQueue() {
        ClosureGenerator gen = new ClosureGenerator(5);
        for (int k = 1; k <= 10; k++) {
            assertTrue(read(gen.next(k, "rss.queue/11")).queues() >= 12);
        }
    }

    @Test
    void aBusAimTurnsItsKnobOn() {
        ClosureGenerator gen = new ClosureGenerator(9);
        assertNotEquals(0.0, read(gen.next(1, "bus.stimulus/rx_idle_in_frame")).bus().rxIdle());
        assertTrue(read(gen.next(2, "bus.stimulus/read_latency_above_32")).bus().readLatency() > 32);
        assertNotEquals(0.0, read(gen.next(3, "bus.stimulus/tx_backpressure")).bus().txBackpressure());
    }
}
