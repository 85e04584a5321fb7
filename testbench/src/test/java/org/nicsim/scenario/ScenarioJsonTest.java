package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario "as run" in report.json: complete, in documented order, and parses back equal. */
class ScenarioJsonTest {

    private static Scenario roundTrip(Scenario s) {
        return ScenarioLoader.parse(ScenarioJson.toJson(s), List.of());
    }

    @Test
    void defaultsRoundTrip() {
        Scenario s = Scenario.defaults();
        assertEquals(s, roundTrip(s));
    }

    @Test
    void everyNonDefaultFieldRoundTrips() {
        StringBuilder reta = new StringBuilder("[");
        for (int i = 0; i < 128; i++) {
            reta.append(i == 0 ? "" : ",").append((i * 7) % 4);
        }
        reta.append(']');
        String json = "{\"name\": \"all-set\", \"description\": \"every \\\"field\\\" set <&>\", \"seed\": -5,"
                + " \"cpus\": 6, \"queues\": 4,"
                + " \"rss\": {\"key\": \"" + "0f".repeat(40) + "\", \"hashTypes\": [\"UDP_IPV6\", \"IPV4\"],"
                + "   \"reta\": " + reta + ", \"defaultQueue\": 2},"
                + " \"ringMap\": [5, 4, 3, 1],"
                + " \"netisr\": {\"policy\": \"SOURCE\", \"dispatch\": \"DIRECT\", \"qlimit\": 10240, \"workstreams\": 5, \"ifIndex\": 9},"
                + " \"ifq\": {\"stageCntMax\": 16, \"mtu\": 9000, \"maxProtoHdr\": 0, \"mapSubq\": \"mask\", \"txWregNsegs\": 8},"
                + " \"traffic\": {\"packets\": 123, \"flows\": 3, \"mix\": {\"tcp4\": 0.1, \"udp6\": 0.7, \"other\": 0.2},"
                + "   \"sizes\": {\"min\": 14, \"max\": 9600}, \"vlan\": 0.05, \"fragments\": 1, \"malformed\": 0.333},"
                + " \"app\": \"sink\", \"tx\": {\"batches\": [{\"cpu\": 5, \"sizes\": [64, 9600]}]},"
                + " \"rxBuffers\": 7, \"rxRingSize\": 8, \"txRingSize\": 4096, \"wave\": \"window:0-99\","
                + " \"reconfigure\": [{\"atPacket\": 0, \"key\": \"" + "A1".repeat(40) + "\"},"
                + "   {\"atPacket\": 122, \"reta\": \"round-robin\"}]}";
        Scenario s = ScenarioLoader.parse(json, List.of());
        assertEquals(s, roundTrip(s));
    }

    @Test
    void offsetRingMapIsWrittenAsOffset() {
        Scenario s = ScenarioLoader.parse("{\"ringMap\": {\"offset\": 2}}", List.of());
        assertEquals("{\"offset\":2}", ScenarioJson.toTree(s).get("ringMap").toString());
    }

    @Test
    void listRingMapIsWrittenAsCpus() {
        Scenario s = ScenarioLoader.parse("{\"ringMap\": [1, 0, 1, 0]}", List.of());
        assertEquals("{\"cpus\":[1,0,1,0]}", ScenarioJson.toTree(s).get("ringMap").toString());
    }

    @Test
    void asRunFieldsFollowTheDocumentOrder() {
        JsonObject tree = ScenarioJson.toTree(Scenario.defaults());
        // the order of docs/scenario.md "The default scenario in full"
        assertEquals(List.of("name", "description", "seed", "cpus", "queues", "rss", "ringMap", "netisr", "ifq",
                "traffic", "app", "tx", "rxBuffers", "rxRingSize", "txRingSize", "wave", "reconfigure", "stallCycles",
                "expectDrops", "bus", "vnet", "rxBufferSize", "txDataOffset"), keys(tree));
        assertEquals(List.of("rxIdle", "readLatency", "writeLatency", "txBackpressure"), keys(tree.getAsJsonObject("bus")));
        assertEquals(List.of("key", "hashTypes", "reta", "defaultQueue"), keys(tree.getAsJsonObject("rss")));
        assertEquals(List.of("policy", "dispatch", "qlimit", "workstreams", "ifIndex"),
                keys(tree.getAsJsonObject("netisr")));
        assertEquals(List.of("stageCntMax", "mtu", "maxProtoHdr", "mapSubq", "txWregNsegs"),
                keys(tree.getAsJsonObject("ifq")));
        assertEquals(List.of("packets", "flows", "mix", "sizes", "vlan", "fragments", "malformed"),
                keys(tree.getAsJsonObject("traffic")));
        assertEquals(List.of("tcp4", "udp4", "tcp6", "udp6", "other"),
                keys(tree.getAsJsonObject("traffic").getAsJsonObject("mix")));
    }

    @Test
    void asRunFillsInDefaultsWithTheirDocumentedSpelling() {
        JsonObject tree = ScenarioJson.toTree(Scenario.defaults());
        assertEquals("round-robin", tree.getAsJsonObject("rss").get("reta").getAsString());
        assertEquals("[\"IPV4\",\"TCP_IPV4\",\"UDP_IPV4\",\"IPV6\",\"TCP_IPV6\",\"UDP_IPV6\"]",
                tree.getAsJsonObject("rss").get("hashTypes").toString());
        assertEquals("CPU", tree.getAsJsonObject("netisr").get("policy").getAsString());
        assertEquals(4, tree.getAsJsonObject("netisr").get("workstreams").getAsInt());
        assertEquals("default", tree.getAsJsonObject("ifq").get("mapSubq").getAsString());
        assertEquals("forward", tree.get("app").getAsString());
        assertEquals("off", tree.get("wave").getAsString());
        assertEquals("{\"batches\":[]}", tree.get("tx").toString());
    }

    @Test
    void waveWindowIsWrittenAsWritten() {
        Scenario s = ScenarioLoader.parse("{\"wave\": \"window:5-6\"}", List.of());
        assertEquals("window:5-6", ScenarioJson.toTree(s).get("wave").getAsString());
    }

    @Test
    void outputIsPrettyAndStable() {
        String a = ScenarioJson.toJson(Scenario.defaults());
        assertEquals(a, ScenarioJson.toJson(roundTrip(Scenario.defaults())));
        assertEquals(true, a.startsWith("{\n  \"name\": \"default\",\n"), a);
    }

    private static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }
}
