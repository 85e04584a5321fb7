package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.nicsim.reliab.FuzzSettings;

/**
 * Any valid scenario written "as run" reads back equal, and writing it again gives the same text.
 * Scenarios are drawn at random over the whole valid range of every field.
 */
@AddLifecycleHook(value = FuzzSettings.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class ScenarioRoundTripProperties {

    @Property(tries = 300)
    void asRunJsonParsesBackToAnEqualScenario(@ForAll long seed) {
        Scenario s = ScenarioLoader.parse(randomScenario(new Random(seed)).toString(), List.of());
        String json = ScenarioJson.toJson(s);
        Scenario back = ScenarioLoader.parse(json, List.of());
        assertEquals(s, back);
        assertEquals(json, ScenarioJson.toJson(back));
    }

    @Property(tries = 100)
    void settingEveryTopLevelFieldFromTheAsRunTreeReproducesTheScenario(@ForAll long seed) {
        // --set of each section of a scenario onto an empty file rebuilds the same scenario
        Scenario s = ScenarioLoader.parse(randomScenario(new Random(seed)).toString(), List.of());
        JsonObject tree = ScenarioJson.toTree(s);
        List<FieldOverride> sets = new ArrayList<>();
        tree.entrySet().forEach(e -> sets.add(FieldOverride.parse(e.getKey() + "=" + e.getValue())));
        assertEquals(s, ScenarioLoader.parse("{}", sets));
    }

    static JsonObject randomScenario(Random r) {
        JsonObject o = new JsonObject();
        int cpus = 1 + r.nextInt(64);
        int queues = 1 + r.nextInt(16);
        if (r.nextBoolean()) {
            o.addProperty("name", "s" + r.nextInt(1000));
        }
        o.addProperty("seed", r.nextLong());
        o.addProperty("cpus", cpus);
        o.addProperty("queues", queues);
        JsonObject rss = new JsonObject();
        byte[] key = new byte[40];
        r.nextBytes(key);
        rss.addProperty("key", HexFormat.of().formatHex(key));
        JsonArray types = new JsonArray();
        for (RssHashType t : RssHashType.values()) {
            if (r.nextBoolean()) {
                types.add(t.jsonName());
            }
        }
        rss.add("hashTypes", types);
        rss.add("reta", r.nextBoolean() ? new com.google.gson.JsonPrimitive("round-robin") : reta(r, queues));
        rss.addProperty("defaultQueue", r.nextInt(queues));
        o.add("rss", rss);
        if (r.nextBoolean()) {
            JsonObject ringMap = new JsonObject();
            ringMap.addProperty("offset", r.nextInt(cpus));
            o.add("ringMap", ringMap);
        } else {
            JsonArray ringCpus = new JsonArray();
            for (int q = 0; q < queues; q++) {
                ringCpus.add(r.nextInt(cpus));
            }
            o.add("ringMap", ringCpus);
        }
        JsonObject netisr = new JsonObject();
        netisr.addProperty("policy", pick(r, NetisrPolicy.values()).jsonName());
        netisr.addProperty("dispatch", pick(r, NetisrDispatch.values()).jsonName());
        netisr.addProperty("qlimit", 1 + r.nextInt(10240));
        netisr.addProperty("workstreams", 1 + r.nextInt(cpus));
        netisr.addProperty("ifIndex", 1 + r.nextInt(65535));
        o.add("netisr", netisr);
        JsonObject ifq = new JsonObject();
        int mtu = 68 + r.nextInt(9600 - 68 + 1);
        ifq.addProperty("stageCntMax", 1 + r.nextInt(4096));
        ifq.addProperty("mtu", mtu);
        ifq.addProperty("maxProtoHdr", r.nextInt(mtu));
        // cpu & (queues - 1) reaches every subqueue only for a power-of-two count: the reader refuses "mask" otherwise
        MapSubq mapSubq = Integer.bitCount(queues) == 1 ? pick(r, MapSubq.values()) : MapSubq.DEFAULT;
        ifq.addProperty("mapSubq", mapSubq.jsonName());
        ifq.addProperty("txWregNsegs", r.nextInt(4097));
        o.add("ifq", ifq);
        JsonObject traffic = new JsonObject();
        long packets = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(1_000_000);
        traffic.addProperty("packets", packets);
        traffic.addProperty("flows", 5 + r.nextInt(1_000_000 - 4));
        JsonObject mix = new JsonObject();
        double[] w = new double[5];
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            w[i] = r.nextInt(4) == 0 ? 0 : r.nextDouble();
            sum += w[i];
        }
        if (sum == 0) {
            w[0] = sum = 1;
        }
        for (int i = 0; i < 5; i++) {
            mix.addProperty(TrafficMix.KINDS.get(i), w[i] / sum);
        }
        traffic.add("mix", mix);
        JsonObject sizes = new JsonObject();
        int min = 14 + r.nextInt(9600 - 14 + 1);
        sizes.addProperty("min", min);
        sizes.addProperty("max", min + r.nextInt(9600 - min + 1));
        traffic.add("sizes", sizes);
        traffic.addProperty("vlan", r.nextDouble());
        traffic.addProperty("fragments", r.nextDouble());
        traffic.addProperty("malformed", r.nextDouble());
        o.add("traffic", traffic);
        o.addProperty("app", pick(r, App.values()).jsonName());
        JsonObject tx = new JsonObject();
        JsonArray batches = new JsonArray();
        for (int b = r.nextInt(4); b > 0; b--) {
            JsonObject batch = new JsonObject();
            batch.addProperty("cpu", r.nextInt(cpus));
            JsonArray lengths = new JsonArray();
            for (int n = 1 + r.nextInt(20); n > 0; n--) {
                lengths.add(14 + r.nextInt(9600 - 14 + 1));
            }
            batch.add("sizes", lengths);
            batches.add(batch);
        }
        tx.add("batches", batches);
        o.add("tx", tx);
        int rxRing = 8 << r.nextInt(10);
        o.addProperty("rxRingSize", rxRing);
        o.addProperty("rxBuffers", 1 + r.nextInt(rxRing - 1));
        o.addProperty("txRingSize", 8 << r.nextInt(10));
        WaveMode mode = pick(r, WaveMode.values());
        long a = r.nextInt(1_000_000);
        o.addProperty("wave", mode == WaveMode.WINDOW ? "window:" + a + "-" + (a + r.nextInt(1_000_000)) : mode.jsonName());
        JsonArray reconfigure = new JsonArray();
        if (packets > 0) {
            TreeSet<Long> at = new TreeSet<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                at.add((long) r.nextInt((int) packets));
            }
            for (long p : at) {
                JsonObject c = new JsonObject();
                c.addProperty("atPacket", p);
                int what = r.nextInt(3);
                if (what != 1) {
                    c.add("reta", reta(r, queues));
                }
                if (what != 0) {
                    byte[] k = new byte[40];
                    r.nextBytes(k);
                    c.addProperty("key", HexFormat.of().formatHex(k));
                }
                reconfigure.add(c);
            }
        }
        o.add("reconfigure", reconfigure);
        return o;
    }

    private static JsonArray reta(Random r, int queues) {
        JsonArray a = new JsonArray();
        for (int i = 0; i < 128; i++) {
            a.add(r.nextInt(queues));
        }
        return a;
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
