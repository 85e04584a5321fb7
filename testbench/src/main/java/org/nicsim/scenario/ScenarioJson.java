package org.nicsim.scenario;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Writes a scenario "as run": every field present, defaults filled in, in the field order of
 * docs/scenario.md "The default scenario in full". Reading the output
 * back with {@link ScenarioLoader} gives an equal scenario.
 */
public final class ScenarioJson {

    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ScenarioJson() {
    }

    /** The scenario as pretty-printed JSON text (no trailing newline). */
    public static String toJson(Scenario s) {
        return PRETTY.toJson(toTree(s));
    }

    /** The scenario as a JSON tree, e.g. to embed in report.json. */
    public static JsonObject toTree(Scenario s) {
        JsonObject o = new JsonObject();
        o.addProperty("name", s.name());
        o.addProperty("description", s.description());
        o.addProperty("seed", s.seed());
        o.addProperty("cpus", s.cpus());
        o.addProperty("queues", s.queues());
        o.add("rss", rss(s.rss()));
        JsonObject ringMap = new JsonObject();
        if (s.ringMap().isExplicit()) {
            ringMap.add("cpus", ints(s.ringMap().cpus()));
        } else {
            ringMap.addProperty("offset", s.ringMap().offset());
        }
        o.add("ringMap", ringMap);
        o.add("netisr", netisr(s.netisr()));
        o.add("ifq", ifq(s.ifq()));
        o.add("traffic", traffic(s.traffic()));
        o.addProperty("app", s.app().jsonName());
        JsonObject tx = new JsonObject();
        JsonArray batches = new JsonArray();
        for (TxBatch b : s.tx().batches()) {
            JsonObject batch = new JsonObject();
            batch.addProperty("cpu", b.cpu());
            batch.add("sizes", ints(b.sizes()));
            batches.add(batch);
        }
        tx.add("batches", batches);
        o.add("tx", tx);
        o.addProperty("rxBuffers", s.rxBuffers());
        o.addProperty("rxRingSize", s.rxRingSize());
        o.addProperty("txRingSize", s.txRingSize());
        o.addProperty("wave", s.wave().jsonString());
        JsonArray reconfigure = new JsonArray();
        for (Reconfiguration r : s.reconfigure()) {
            JsonObject e = new JsonObject();
            e.addProperty("atPacket", r.atPacket());
            r.reta().ifPresent(reta -> e.add("reta", reta(reta)));
            r.key().ifPresent(key -> e.addProperty("key", key));
            reconfigure.add(e);
        }
        o.add("reconfigure", reconfigure);
        o.addProperty("stallCycles", s.stallCycles());
        o.addProperty("expectDrops", s.expectDrops());
        JsonObject bus = new JsonObject();
        bus.addProperty("rxIdle", s.bus().rxIdle());
        bus.addProperty("readLatency", s.bus().readLatency());
        bus.addProperty("writeLatency", s.bus().writeLatency());
        bus.addProperty("txBackpressure", s.bus().txBackpressure());
        o.add("bus", bus);
        JsonArray vnet = new JsonArray();
        for (VnetChange v : s.vnet()) {
            JsonObject e = new JsonObject();
            e.addProperty("atPacket", v.atPacket());
            e.addProperty("protocol", v.protocol().jsonName());
            e.addProperty("action", v.enabled() ? "register" : "unregister");
            vnet.add(e);
        }
        o.add("vnet", vnet);
        o.addProperty("rxBufferSize", s.rxBufferSize());
        o.addProperty("txDataOffset", s.txDataOffset());
        return o;
    }

    private static JsonObject rss(RssSpec rss) {
        JsonObject o = new JsonObject();
        o.addProperty("key", rss.key());
        JsonArray types = new JsonArray();
        rss.hashTypes().forEach(t -> types.add(t.jsonName()));
        o.add("hashTypes", types);
        o.add("reta", reta(rss.reta()));
        o.addProperty("defaultQueue", rss.defaultQueue());
        return o;
    }

    private static com.google.gson.JsonElement reta(RetaSpec reta) {
        return reta.isRoundRobin() ? new com.google.gson.JsonPrimitive("round-robin") : ints(reta.entries());
    }

    private static JsonObject netisr(NetisrSpec n) {
        JsonObject o = new JsonObject();
        o.addProperty("policy", n.policy().jsonName());
        o.addProperty("dispatch", n.dispatch().jsonName());
        o.addProperty("qlimit", n.qlimit());
        o.addProperty("workstreams", n.workstreams());
        o.addProperty("ifIndex", n.ifIndex());
        return o;
    }

    private static JsonObject ifq(IfqSpec q) {
        JsonObject o = new JsonObject();
        o.addProperty("stageCntMax", q.stageCntMax());
        o.addProperty("mtu", q.mtu());
        o.addProperty("maxProtoHdr", q.maxProtoHdr());
        o.addProperty("mapSubq", q.mapSubq().jsonName());
        o.addProperty("txWregNsegs", q.txWregNsegs());
        return o;
    }

    private static JsonObject traffic(TrafficSection t) {
        JsonObject o = new JsonObject();
        o.addProperty("packets", t.packets());
        o.addProperty("flows", t.flows());
        JsonObject mix = new JsonObject();
        double[] f = t.mixFractions();
        for (int i = 0; i < f.length; i++) {
            mix.addProperty(TrafficMix.KINDS.get(i), f[i]);
        }
        o.add("mix", mix);
        JsonObject sizes = new JsonObject();
        sizes.addProperty("min", t.sizes().min());
        sizes.addProperty("max", t.sizes().max());
        o.add("sizes", sizes);
        o.addProperty("vlan", t.vlan());
        o.addProperty("fragments", t.fragments());
        o.addProperty("malformed", t.malformed());
        return o;
    }

    private static JsonArray ints(List<Integer> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
