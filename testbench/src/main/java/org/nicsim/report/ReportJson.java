package org.nicsim.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.run.Fate;
import org.nicsim.scenario.ScenarioJson;
import org.nicsim.scenario.WaveMode;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.wave.WaveCapture;

/**
 * report.json: the machine-readable record of a run. {@code scenario} is the scenario as run
 * (every default filled in) and, with {@code seed} and {@code input}, is what {@code nicsim replay}
 * needs to repeat the run exactly. Field names are part of the user contract (docs/outputs.md "report.json").
 */
public final class ReportJson {
    /** Bumped when a field changes meaning; new fields do not bump it. */
    public static final int FORMAT = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .serializeSpecialFloatingPointValues().create();

    private ReportJson() {
    }

    /** Writes report.json into the report's output directory and returns its path. */
    public static Path write(RunReport r) throws IOException {
        Path file = r.outDir().resolve(OutputFiles.REPORT_JSON);
        AtomicFiles.writeString(file, GSON.toJson(tree(r)) + "\n");
        return file;
    }

    /** The report as a JSON tree. */
    public static JsonObject tree(RunReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("status", r.status());
        o.addProperty("seed", r.scenario().seed());
        o.addProperty("strict", r.strict());
        JsonArray warnings = new JsonArray();
        r.warnings().forEach(warnings::add);
        o.add("warnings", warnings);
        JsonArray cmd = new JsonArray();
        r.command().forEach(cmd::add);
        o.add("command", cmd);
        JsonObject v = new JsonObject();
        v.addProperty("nicsim", r.versions().nicsim());
        v.addProperty("verilator", r.versions().verilator());
        v.addProperty("java", r.versions().java());
        o.add("versions", v);
        JsonObject in = new JsonObject();
        in.addProperty("source", r.input().source());
        in.addProperty("file", r.input().file());
        in.addProperty("path", r.input().path());
        in.addProperty("frames", r.input().frames());
        if (r.input().isPcap()) {
            in.addProperty("largestFrame", r.input().capture().largestFrame());
            in.addProperty("oversize", r.input().capture().oversize());
            in.addProperty("truncated", r.input().capture().truncated());
        }
        o.add("input", in);
        if (r.selfTest() != null) {
            o.addProperty("selfTest", r.selfTest());
        }
        o.add("scenario", ScenarioJson.toTree(r.scenario()));
        if (r.failure() != null) {
            JsonObject f = new JsonObject();
            f.addProperty("kind", r.failure().kind().id());
            f.addProperty("message", r.failure().message());
            f.addProperty("cycle", r.failure().cycle());
            o.add("error", f);
        }
        if (r.wave() != null || !r.waveNote().isEmpty()) {
            o.add("wave", wave(r));
        }
        CoSimResult res = r.result();
        if (res != null) {
            o.add("totals", totals(res));
            o.add("queues", queues(r, res));
            o.add("cpus", cpus(res));
            o.add("doorbells", doorbells(res));
            o.add("timing", timing(res));
            o.add("checks", checks(res));
            o.add("mismatches", mismatches(res));
            if (res.scoreboard().stages().frames() > 0) {
                o.add("stages", StageJson.findings(res.scoreboard()));   // only when a stage diverged
            }
            JsonArray faults = new JsonArray();
            res.faults().forEach(faults::add);
            o.add("busFaults", faults);
        }
        return o;
    }

    /** The waveform: files (relative to the report), traced cycles, the marker and what it marks. */
    private static JsonObject wave(RunReport r) {
        JsonObject w = new JsonObject();
        w.addProperty("mode", r.scenario().wave().jsonString());
        WaveCapture c = r.wave();
        if (c != null) {
            w.addProperty("fst", relative(r, c.fst()));
            w.addProperty("gtkw", relative(r, c.gtkw()));
            w.addProperty("bytes", c.bytes());
            w.addProperty("firstCycle", c.firstCycle());
            w.addProperty("lastCycle", c.lastCycle());
            w.addProperty("markerCycle", c.markerCycle() >= 0 ? c.markerCycle() : null);
            w.addProperty("frame", c.frameIndex() >= 0 ? c.frameIndex() : null);
            w.addProperty("frameInjectCycle", c.injectCycle() >= 0 ? c.injectCycle() : null);
            w.addProperty("marks", c.reason().isEmpty() ? null : c.reason());
            // only an on-failure capture is a re-run whose failure can differ from the run's
            w.addProperty("reproduced", c.mode().equals(WaveMode.ON_FAILURE.jsonName()) ? c.reproduced() : null);
        }
        if (!r.waveNote().isEmpty()) {
            w.addProperty("note", r.waveNote());
        }
        return w;
    }

    private static String relative(RunReport r, Path file) {
        Path dir = r.outDir().toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return f.startsWith(dir) ? dir.relativize(f).toString() : f.toString();
    }

    private static JsonObject totals(CoSimResult res) {
        JsonObject t = new JsonObject();
        t.addProperty("injected", res.injected());
        for (Fate f : Fate.values()) {
            t.addProperty(f.jsonName(), res.fate(f));
        }
        JsonObject drops = new JsonObject();
        drops.addProperty("nobuf", res.fate(Fate.NOBUF));
        drops.addProperty("error", res.fate(Fate.ERROR));
        drops.addProperty("qdrop", res.fate(Fate.QDROP));
        drops.addProperty("vnet", res.fate(Fate.VNET));
        drops.addProperty("ifq", res.txDrops());
        t.add("drops", drops);
        t.addProperty("crossCpu", res.crossCpu());
        JsonObject placement = new JsonObject();   // same hashes under other systems' placement
        placement.addProperty("hashed", res.placement().hashed());
        placement.addProperty("dragonflyHashCpuDiffers", res.placement().dragonflyDiffers());
        placement.addProperty("linuxRpsDiffers", res.placement().linuxRpsDiffers());
        t.add("placementComparison", placement);
        t.addProperty("txQueued", res.txQueued());
        t.addProperty("txFrames", res.txFrames());
        t.addProperty("txDrops", res.txDrops());
        t.addProperty("mmioWrites", res.mmioWrites());
        t.addProperty("dmaFaults", res.dmaFaults());
        return t;
    }

    private static JsonArray queues(RunReport r, CoSimResult res) {
        int[] ringCpus = r.scenario().ringCpus();
        JsonArray a = new JsonArray();
        for (int q = 0; q < res.deliveredByQueue().length; q++) {
            JsonObject e = new JsonObject();
            e.addProperty("queue", q);
            e.addProperty("ringCpu", ringCpus[q]);
            e.addProperty("delivered", res.deliveredByQueue()[q]);
            e.addProperty("nobuf", res.nobufByQueue()[q]);
            e.addProperty("doorbells", res.doorbellsByQueue()[q]);
            a.add(e);
        }
        return a;
    }

    private static JsonArray cpus(CoSimResult res) {
        JsonArray a = new JsonArray();
        for (int c = 0; c < res.ringByCpu().length; c++) {
            JsonObject e = new JsonObject();
            e.addProperty("cpu", c);
            e.addProperty("ring", res.ringByCpu()[c]);
            e.addProperty("netisr", res.netisrByCpu()[c]);
            a.add(e);
        }
        return a;
    }

    private static JsonObject doorbells(CoSimResult res) {
        JsonObject d = new JsonObject();
        d.addProperty("observed", res.doorbells());
        d.addProperty("predicted", res.predictedDoorbells());
        d.addProperty("perPacket", res.doorbellsPerPacket());
        d.addProperty("mmioWritesPerPacket", res.mmioWritesPerPacket());
        JsonArray byQueue = new JsonArray();
        for (long n : res.doorbellsByQueue()) {
            byQueue.add(n);
        }
        d.add("byQueue", byQueue);
        return d;
    }

    private static JsonObject timing(CoSimResult res) {
        JsonObject t = new JsonObject();
        t.addProperty("wallSeconds", res.wallSeconds());
        t.addProperty("cycles", res.cycles());
        t.addProperty("cyclesPerSecond", res.cyclesPerSecond());
        t.addProperty("packetsPerSecond", res.packetsPerSecond());
        return t;
    }

    private static JsonArray checks(CoSimResult res) {
        JsonArray a = new JsonArray();
        for (Check c : Check.values()) {
            JsonObject e = new JsonObject();
            e.addProperty("id", c.id());
            e.addProperty("description", c.description());
            e.addProperty("passed", res.scoreboard().passed(c));
            e.addProperty("failed", res.scoreboard().failed(c));
            a.add(e);
        }
        return a;
    }

    private static JsonArray mismatches(CoSimResult res) {
        JsonArray a = new JsonArray();
        for (Mismatch m : res.scoreboard().firstMismatches()) {
            JsonObject e = new JsonObject();
            e.addProperty("check", m.check().id());
            e.addProperty("item", m.item());
            e.addProperty("cycle", m.cycle());
            e.addProperty("field", m.field());
            e.addProperty("hardware", m.hardware());
            e.addProperty("model", m.model());
            e.addProperty("message", m.toString());
            a.add(e);
        }
        return a;
    }
}
