package org.nicsim.scenario;

import static org.nicsim.scenario.ScenarioLimits.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a scenario JSON tree into a {@link Scenario}: rejects unknown fields, checks types and
 * ranges (including the ones between fields, e.g. RETA entries below {@code queues}), and fills
 * in the documented defaults. Objects are checked for unknown fields before their values.
 */
final class ScenarioReader {

    static final List<String> TOP = List.of("name", "description", "seed", "cpus", "queues", "rss", "ringMap", "netisr",
            "ifq", "traffic", "app", "tx", "rxBuffers", "rxRingSize", "txRingSize", "wave", "reconfigure", "stallCycles",
            "expectDrops", "bus", "vnet", "rxBufferSize", "txDataOffset");
    static final List<String> RING_MAP = List.of("offset", "cpus");
    static final List<String> NETISR = List.of("policy", "dispatch", "qlimit", "workstreams", "ifIndex");
    static final List<String> IFQ = List.of("stageCntMax", "mtu", "maxProtoHdr", "mapSubq", "txWregNsegs");
    static final List<String> TRAFFIC = List.of("packets", "flows", "mix", "sizes", "vlan", "fragments",
            "malformed");
    static final List<String> SIZES = List.of("min", "max");
    static final List<String> TX = List.of("batches");
    static final List<String> TX_BATCH = List.of("cpu", "sizes");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern WINDOW = Pattern.compile("window:([0-9]{1,18})-([0-9]{1,18})");

    private ScenarioReader() {
    }

    static Scenario read(JsonElement tree) {
        if (!tree.isJsonObject()) {
            throw new ScenarioException("", "a scenario must be a JSON object, got " + JsonValues.describe(tree));
        }
        FieldReader top = FieldReader.of(tree, "", TOP);
        String name = name(top);
        String description = description(top);
        long seed = top.longInteger("seed", ScenarioDefaults.SEED, Long.MIN_VALUE, Long.MAX_VALUE, "");
        int cpus = top.integer("cpus", ScenarioDefaults.CPUS, 1, MAX_CPUS, "");
        int queues = top.integer("queues", ScenarioDefaults.QUEUES, 1, MAX_QUEUES, "");
        RssSpec rss = RssReader.rss(top.object("rss", RssReader.RSS), queues);
        RingMapSpec ringMap = ringMap(top, cpus, queues);
        NetisrSpec netisr = netisr(top.object("netisr", NETISR), cpus);
        IfqSpec ifq = ifq(top.object("ifq", IFQ));
        if (ifq.mapSubq() == MapSubq.MASK && Integer.bitCount(queues) != 1) {
            // ifq_mapsubq_mask is cpuid & (nsubq - 1): it needs a power-of-two number of subqueues
            throw new ScenarioException("ifq.mapSubq", "\"mask\" needs a power-of-two number of queues (1, 2, 4, 8, 16);"
                    + " queues is " + queues);
        }
        TrafficSection traffic = traffic(top.object("traffic", TRAFFIC));
        App app = top.enumValue("app", App.class, ScenarioDefaults.APP);
        TxSpec tx = tx(top.object("tx", TX), cpus);
        int rxRingSize = ringSize(top, "rxRingSize", ScenarioDefaults.RX_RING_SIZE);
        int rxBuffers = top.integer("rxBuffers", ScenarioDefaults.RX_BUFFERS, 1, rxRingSize - 1,
                ": a ring of rxRingSize " + rxRingSize + " holds at most " + (rxRingSize - 1) + " buffers");
        int txRingSize = ringSize(top, "txRingSize", ScenarioDefaults.TX_RING_SIZE);
        WaveSpec wave = top.has("wave") ? wave(top.get("wave"), top.path("wave")) : ScenarioDefaults.WAVE;
        List<Reconfiguration> reconfigure = RssReader.reconfigure(top, queues);
        long stallCycles = top.longInteger("stallCycles", ScenarioDefaults.STALL_CYCLES, MIN_STALL_CYCLES,
                MAX_STALL_CYCLES, "");
        boolean expectDrops = top.bool("expectDrops", ScenarioDefaults.EXPECT_DROPS);
        int txDataOffset = top.integer("txDataOffset", ScenarioDefaults.TX_DATA_OFFSET, 0, ScenarioLimits.MAX_TX_DATA_OFFSET, "");
        return new Scenario(name, description, seed, cpus, queues, rss, ringMap, netisr, ifq, traffic, app, tx,
                rxBuffers, rxRingSize, txRingSize, wave, reconfigure, stallCycles, expectDrops,
                StimulusReader.bus(top.object("bus", StimulusReader.BUS)), StimulusReader.vnet(top), rxBufferSize(top),
                txDataOffset);
    }

    private static String name(FieldReader top) {
        if (!top.has("name")) {
            return ScenarioDefaults.NAME;
        }
        String name = JsonValues.string(top.get("name"), "name", "a string");
        if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw new ScenarioException("name", JsonValues.quote(name) + " is not valid (expected 1 to "
                    + MAX_NAME_LENGTH + " letters, digits, '.', '_' or '-', starting with a letter or digit:"
                    + " it names the output directory)");
        }
        return name;
    }

    private static String description(FieldReader top) {
        if (!top.has("description")) {
            return ScenarioDefaults.DESCRIPTION;
        }
        String d = JsonValues.string(top.get("description"), "description", "a string");
        if (d.length() > MAX_DESCRIPTION_LENGTH) {
            throw new ScenarioException("description", "is " + d.length() + " characters long (allowed at most "
                    + MAX_DESCRIPTION_LENGTH + ")");
        }
        return d;
    }

    private static RingMapSpec ringMap(FieldReader top, int cpus, int queues) {
        if (!top.has("ringMap")) {
            return RingMapSpec.withOffset(ScenarioDefaults.RING_MAP_OFFSET);
        }
        // the list form is accepted directly, as ringMap.cpus, or as ringMap.offset (docs/scenario.md "ringMap")
        if (top.get("ringMap").isJsonArray()) {
            return RingMapSpec.explicit(ringCpus(top.get("ringMap"), top.path("ringMap"), cpus, queues));
        }
        FieldReader r = top.object("ringMap", RING_MAP);
        if (r.has("offset") && r.has("cpus")) {
            throw new ScenarioException(r.path(), "give either offset or cpus, not both");
        }
        if (r.has("cpus")) {
            return RingMapSpec.explicit(ringCpus(r.get("cpus"), r.path("cpus"), cpus, queues));
        }
        if (r.has("offset") && r.get("offset").isJsonArray()) {
            return RingMapSpec.explicit(ringCpus(r.get("offset"), r.path("offset"), cpus, queues));
        }
        return RingMapSpec.withOffset(r.integer("offset", ScenarioDefaults.RING_MAP_OFFSET, 0, cpus - 1,
                cpuNote(cpus)));
    }

    private static List<Integer> ringCpus(JsonElement e, String path, int cpus, int queues) {
        JsonArray arr = JsonValues.array(e, path, "an array of CPUs, one per queue");
        if (arr.size() != queues) {
            throw new ScenarioException(path, "expected " + queues + " entries (one CPU per queue; queues is "
                    + queues + "), got " + arr.size());
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            out.add((int) JsonValues.integer(arr.get(i), ScenarioPaths.index(path, i), 0, cpus - 1, cpuNote(cpus)));
        }
        return out;
    }

    private static NetisrSpec netisr(FieldReader r, int cpus) {
        NetisrPolicy policy = r.enumValue("policy", NetisrPolicy.class, ScenarioDefaults.POLICY);
        NetisrDispatch dispatch = r.enumValue("dispatch", NetisrDispatch.class, ScenarioDefaults.DISPATCH);
        int qlimit = r.integer("qlimit", ScenarioDefaults.QLIMIT, 1, MAX_QLIMIT, ": netisr maxqlimit");
        int workstreams = r.integer("workstreams", cpus, 1, cpus, ": at most one per CPU; cpus is " + cpus);
        int ifIndex = r.integer("ifIndex", ScenarioDefaults.IF_INDEX, 1, MAX_IF_INDEX, "");
        return new NetisrSpec(policy, dispatch, qlimit, workstreams, ifIndex);
    }

    private static IfqSpec ifq(FieldReader r) {
        int stageCntMax = r.integer("stageCntMax", ScenarioDefaults.STAGE_CNT_MAX, 1, MAX_STAGE_CNT_MAX, "");
        int mtu = r.integer("mtu", ScenarioDefaults.MTU, MIN_MTU, MAX_FRAME, "");
        int maxProtoHdr = r.integer("maxProtoHdr", ScenarioDefaults.MAX_PROTO_HDR, 0, mtu - 1,
                ": below mtu " + mtu);
        MapSubq mapSubq = r.enumValue("mapSubq", MapSubq.class, ScenarioDefaults.MAP_SUBQ);
        int txWregNsegs = r.integer("txWregNsegs", ScenarioDefaults.TX_WREG_NSEGS, 0, MAX_TX_WREG_NSEGS,
                ": 0 means one tail write per start call");
        return new IfqSpec(stageCntMax, mtu, maxProtoHdr, mapSubq, txWregNsegs);
    }

    private static TrafficSection traffic(FieldReader r) {
        long packets = r.longInteger("packets", ScenarioDefaults.PACKETS, 0, MAX_PACKETS, "");
        TrafficMix mix = r.has("mix") ? mix(r.get("mix"), r.path("mix")) : ScenarioDefaults.MIX;
        // the generator gives every kind in the mix its own flows
        long kinds = java.util.Arrays.stream(mix.fractions()).filter(f -> f > 0).count();
        int flows = r.integer("flows", ScenarioDefaults.FLOWS, kinds, MAX_FLOWS,
                kinds > 1 ? ": at least one flow per mix kind with a non-zero fraction" : "");
        FieldReader s = r.object("sizes", SIZES);
        int min = s.integer("min", ScenarioDefaults.SIZES.min(), MIN_FRAME, MAX_FRAME, "");
        int max = s.integer("max", Math.max(min, ScenarioDefaults.SIZES.max()), min, MAX_FRAME,
                ": not below sizes.min " + min);
        double vlan = r.fraction("vlan", ScenarioDefaults.VLAN);
        double fragments = r.fraction("fragments", ScenarioDefaults.FRAGMENTS);
        double malformed = r.fraction("malformed", ScenarioDefaults.MALFORMED);
        return new TrafficSection(packets, flows, mix, new SizeRange(min, max), vlan, fragments, malformed);
    }

    private static TrafficMix mix(JsonElement e, String path) {
        // an explicit mix lists the kinds it wants; the ones it omits get 0
        FieldReader m = FieldReader.of(e, path, TrafficMix.KINDS);
        double[] f = new double[TrafficMix.KINDS.size()];
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            f[i] = m.fraction(TrafficMix.KINDS.get(i), 0.0);
            sum += f[i];
        }
        if (Math.abs(sum - 1.0) > MIX_TOLERANCE) {
            throw new ScenarioException(path, "fractions sum to " + sum + ", expected 1 (within "
                    + MIX_TOLERANCE + "; kinds left out count as 0)");
        }
        return new TrafficMix(f[0], f[1], f[2], f[3], f[4]);
    }

    private static TxSpec tx(FieldReader r, int cpus) {
        List<TxBatch> batches = new ArrayList<>();
        for (FieldReader b : r.elements("batches", TX_BATCH, "an array of batches")) {
            int cpu = b.integer("cpu", 0, 0, cpus - 1, cpuNote(cpus));
            if (!b.has("sizes")) {
                throw new ScenarioException(b.path("sizes"), "missing (a batch lists the lengths of its frames)");
            }
            JsonArray sizes = JsonValues.array(b.get("sizes"), b.path("sizes"), "an array of frame lengths");
            if (sizes.isEmpty()) {
                throw new ScenarioException(b.path("sizes"), "expected at least one frame length, got an empty array");
            }
            List<Integer> lengths = new ArrayList<>();
            for (int j = 0; j < sizes.size(); j++) {
                lengths.add((int) JsonValues.integer(sizes.get(j), ScenarioPaths.index(b.path("sizes"), j),
                        MIN_FRAME, MAX_FRAME, ""));
            }
            batches.add(new TxBatch(cpu, lengths));
        }
        return new TxSpec(batches);
    }

    private static int rxBufferSize(FieldReader top) {
        int size = top.integer("rxBufferSize", ScenarioDefaults.RX_BUFFER_SIZE, 0, ScenarioLimits.MAX_RX_BUFFER_SIZE, "");
        if (size != 0 && (size < ScenarioLimits.MIN_RX_BUFFER_SIZE || size % 8 != 0)) {
            throw new ScenarioException("rxBufferSize", size + " is not 0 or a multiple of 8 in "
                    + ScenarioLimits.MIN_RX_BUFFER_SIZE + ".." + ScenarioLimits.MAX_RX_BUFFER_SIZE);
        }
        return size;
    }

    private static int ringSize(FieldReader top, String name, int def) {
        int size = top.integer(name, def, MIN_RING, MAX_RING, ", a power of two");
        if (Integer.bitCount(size) != 1) {
            throw new ScenarioException(name, size + " is not a power of two (allowed " + MIN_RING + ".."
                    + MAX_RING + ", a power of two)");
        }
        return size;
    }

    static WaveSpec wave(JsonElement e, String path) {
        String expected = "off, on, window:A-B (simulated cycles, A <= B) or on-failure";
        String s = JsonValues.string(e, path, "one of " + expected);
        for (WaveMode m : WaveMode.values()) {
            if (m != WaveMode.WINDOW && m.jsonName().equals(s)) {
                return new WaveSpec(m, 0, 0);
            }
        }
        Matcher w = WINDOW.matcher(s);
        if (w.matches()) {
            long a = Long.parseLong(w.group(1));
            long b = Long.parseLong(w.group(2));
            if (a > b) {
                throw new ScenarioException(path, JsonValues.quote(s) + " is not valid: the window starts after it ends");
            }
            return new WaveSpec(WaveMode.WINDOW, a, b);
        }
        throw new ScenarioException(path, JsonValues.quote(s) + " is not valid (expected one of " + expected
                + "; names are case-sensitive)");
    }

    private static String cpuNote(int cpus) {
        return ": cpus is " + cpus;
    }
}
