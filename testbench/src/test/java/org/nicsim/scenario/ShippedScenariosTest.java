package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The example scenarios in {@code scenarios/} parse and are what their names promise. */
class ShippedScenariosTest {

    /** Tests run with the module directory as working directory. */
    static final Path DIR = Path.of("scenarios");

    private static Scenario load(String file) {
        return ScenarioLoader.load(DIR.resolve(file), List.of());
    }

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioParsesAndRoundTrips() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 7, "expected the seven examples, found " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Scenario s = ScenarioLoader.load(f, List.of());
            assertEquals(s, ScenarioLoader.parse(ScenarioJson.toJson(s), List.of()));
            // the file name and the scenario name agree, so output directories are recognisable
            assertEquals(f.getFileName().toString().replace(".json", ""), s.name());
        }));
    }

    @Test
    void defaultIsTheRssAlignedDemo() {
        Scenario s = load("default.json");
        assertEquals(4, s.cpus());
        assertEquals(4, s.queues());
        assertEquals(NetisrPolicy.CPU, s.netisr().policy());
        assertEquals(NetisrDispatch.HYBRID, s.netisr().dispatch());
        assertEquals(App.FORWARD, s.app());
        assertEquals(4000, s.traffic().packets());
        assertEquals(0.05, s.traffic().vlan());
        assertEquals(0.02, s.traffic().malformed());
        TrafficMix m = s.traffic().mix();
        assertTrue(m.tcp4() > 0 && m.udp4() > 0 && m.tcp6() > 0 && m.udp6() > 0, m.toString());
    }

    @Test
    void flowPolicyHasFewerWorkstreamsThanQueues() {
        Scenario s = load("flow-policy.json");
        assertEquals(NetisrPolicy.FLOW, s.netisr().policy());
        assertEquals(3, s.netisr().workstreams());
        assertEquals(4, s.queues());
    }

    @Test
    void sourceDeferredUsesSourcePolicyAndDeferredDispatch() {
        Scenario s = load("source-deferred.json");
        assertEquals(NetisrPolicy.SOURCE, s.netisr().policy());
        assertEquals(NetisrDispatch.DEFERRED, s.netisr().dispatch());
    }

    @Test
    void qdropsHasATinyQlimitUnderDeferredDispatch() {
        Scenario s = load("qdrops.json");
        assertEquals(NetisrDispatch.DEFERRED, s.netisr().dispatch());
        assertEquals(8, s.netisr().qlimit());
    }

    @Test
    void txStagingIsTransmitOnly() {
        Scenario s = load("tx-staging.json");
        assertEquals(0, s.traffic().packets());
        assertEquals(App.SINK, s.app());
        assertTrue(s.tx().batches().size() >= 4);
    }

    @Test
    void nobufPostsFourBuffersOnEightEntryRings() {
        assertEquals(4, load("nobuf.json").rxBuffers());
        assertEquals(8, load("nobuf.json").rxRingSize());
    }

    @Test
    void retaReprogramChangesRetaAndKeyDuringTraffic() {
        Scenario s = load("reta-reprogram.json");
        List<Reconfiguration> r = s.reconfigure();
        assertTrue(r.size() >= 2);
        assertTrue(r.stream().anyMatch(x -> x.reta().isPresent()));
        assertTrue(r.stream().anyMatch(x -> x.key().isPresent()));
        assertTrue(r.get(r.size() - 1).atPacket() < s.traffic().packets());
        assertNotEquals(s.rss().reta(), r.get(0).reta().orElseThrow());
    }
}
