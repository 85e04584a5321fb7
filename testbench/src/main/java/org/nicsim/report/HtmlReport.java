package org.nicsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.run.Fate;
import org.nicsim.scenario.ScenarioJson;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;
import org.nicsim.wave.WaveCapture;

/**
 * report.html: the run for a person. One self-contained file (inline CSS and SVG, no scripts, no
 * network): status, checks, per-queue and per-CPU distribution charts, doorbells per packet, the
 * first mismatches and the scenario as run.
 */
public final class HtmlReport {
    static final String BLUE = "#3b6fb6";
    static final String ORANGE = "#e08a2c";
    static final String RED = "#c0392b";
    static final String GREEN = "#2e8b57";

    static final String STYLE = """
            body{font-family:sans-serif;margin:24px;color:#222;max-width:1100px}
            h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
            th{background:#f3f3f3}td.l,th.l{text-align:left}
            .passed{color:#fff;background:#2e8b57}.failed{color:#fff;background:#c0392b}.error{color:#fff;background:#8e44ad}
            .badge{padding:2px 10px;border-radius:4px;font-weight:bold}
            tr.bad td{background:#fbe9e7}tr.skip td{color:#888}
            pre{background:#f7f7f7;border:1px solid #ddd;padding:8px;overflow:auto;font-size:12px}
            .kv td:first-child{text-align:left;color:#555}.big{font-size:20px;font-weight:bold}
            .charts svg{margin:8px 16px 8px 0;vertical-align:top}
            """;

    private HtmlReport() {
    }

    /** Writes report.html into the report's output directory and returns its path. */
    public static Path write(RunReport r) throws IOException {
        Path file = r.outDir().resolve(OutputFiles.REPORT_HTML);
        AtomicFiles.writeString(file, render(r));
        return file;
    }

    /** The document text. */
    public static String render(RunReport r) {
        StringBuilder h = new StringBuilder(16384);
        String title = "nicsim " + r.scenario().name() + " (seed " + r.scenario().seed() + ")";
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append(" <span class=\"badge ").append(r.status()).append("\">")
                .append(r.status().toUpperCase(Locale.ROOT)).append("</span></h1>\n");
        if (!r.scenario().description().isEmpty()) {
            h.append("<p>").append(esc(r.scenario().description())).append("</p>\n");
        }
        for (String w : r.warnings()) {
            h.append("<p class=\"warning\">warning: ").append(esc(w)).append("</p>\n");
        }
        h.append("<table class=\"kv\">");
        row(h, "command", "nicsim " + String.join(" ", r.command()));
        row(h, "traffic", r.input().isPcap() ? r.input().frames() + " frames from " + r.input().file()
                : r.input().frames() + " frames from the generator");
        row(h, "versions", "nicsim " + r.versions().nicsim() + ", " + r.versions().verilator() + ", Java "
                + r.versions().java());
        if (!r.status().equals(RunReport.PASSED)) {
            row(h, "replay", r.replayCommand());
        }
        if (r.selfTest() != null) {
            row(h, "self-test", r.selfTest());
        }
        h.append("</table>\n");

        if (r.failure() != null) {
            h.append("<h2>Simulation failed</h2>\n<p><b>").append(esc(r.failure().kind().id())).append("</b>")
                    .append(r.failure().cycle() >= 0 ? " at cycle " + r.failure().cycle() : "").append("</p>\n<pre>")
                    .append(esc(r.failure().message())).append("</pre>\n");
        } else {
            result(h, r, r.result());
        }

        wave(h, r);
        h.append("<h2>Scenario as run</h2>\n<pre>").append(esc(ScenarioJson.toJson(r.scenario()))).append("</pre>\n");
        h.append("<h2>Files</h2>\n<p>");
        List<String> files = new ArrayList<>(List.of(OutputFiles.REPORT_JSON, OutputFiles.JUNIT_XML,
                OutputFiles.SUMMARY, OutputFiles.PACKETS, OutputFiles.DOORBELLS, OutputFiles.TX_PCAP));
        if (r.wave() != null) {
            files.add(OutputFiles.WAVE_FST);
            files.add(OutputFiles.WAVE_GTKW);
        }
        for (String f : files) {
            h.append("<a href=\"").append(f).append("\">").append(f).append("</a> ");
        }
        h.append("</p>\n</body></html>\n");
        return h.toString();
    }

    /** Where the waveform is and where in it to look. */
    private static void wave(StringBuilder h, RunReport r) {
        WaveCapture w = r.wave();
        if (w == null) {
            if (!r.waveNote().isEmpty()) {
                h.append("<h2>Waveform</h2>\n<p>").append(esc(r.waveNote())).append("</p>\n");
            }
            return;
        }
        String fst = w.fst().getFileName().toString();
        String gtkw = w.gtkw().getFileName().toString();
        h.append("<h2>Waveform</h2>\n<table class=\"kv\">");
        h.append("<tr><td>files</td><td class=\"l\"><a href=\"").append(esc(fst)).append("\">").append(esc(fst))
                .append("</a> (").append(String.format(Locale.ROOT, "%.1f MB", w.bytes() / 1e6)).append("), <a href=\"")
                .append(esc(gtkw)).append("\">").append(esc(gtkw)).append("</a></td></tr>\n");
        row(h, "open", "gtkwave " + w.gtkw());
        row(h, "traced cycles", w.firstCycle() + ".." + (w.lastCycle() < 0 ? "?" : String.valueOf(w.lastCycle()))
                + " (wave " + r.scenario().wave().jsonString() + ")");
        if (w.markerCycle() >= 0) {
            row(h, "marker", "cycle " + w.markerCycle() + " = " + w.markerCycle() * 4 + " ns: " + w.reason());
        }
        if (w.frameIndex() >= 0) {
            row(h, "frame", w.frameIndex() + (w.injectCycle() >= 0 ? ", queued at the RX stream at cycle "
                    + w.injectCycle() + " (named marker B)" : ""));
        }
        if (!w.reproduced()) {
            row(h, "warning", "the traced re-run did not reproduce the failure at the same cycle");
        }
        h.append("</table>\n");
    }

    private static void result(StringBuilder h, RunReport r, CoSimResult res) {
        h.append("<h2>Totals</h2>\n<table class=\"kv\">");
        row(h, "injected", res.injected());
        row(h, "delivered", res.fate(Fate.DELIVERED));
        row(h, "drops", "nobuf " + res.fate(Fate.NOBUF) + ", error " + res.fate(Fate.ERROR) + ", qdrop "
                + res.fate(Fate.QDROP) + ", ifq " + res.txDrops()
                + (res.fate(Fate.VNET) == 0 ? "" : ", vnet " + res.fate(Fate.VNET)));
        row(h, "handled on another CPU than the ring's", res.crossCpu());
        row(h, "transmitted", res.txFrames() + " of " + res.txQueued() + " queued");
        row(h, "doorbells", res.doorbells() + " observed, " + res.predictedDoorbells() + " predicted");
        h.append("<tr><td>doorbells per packet</td><td class=\"big\">").append(SvgBarChart.format(res.doorbellsPerPacket()))
                .append("</td></tr>");
        row(h, "MMIO writes per packet", SvgBarChart.format(res.mmioWritesPerPacket()));
        row(h, "time", String.format(Locale.ROOT, "%.2f s wall, %d cycles: %.0f cycles/s, %.0f packets/s",
                res.wallSeconds(), res.cycles(), res.cyclesPerSecond(), res.packetsPerSecond()));
        h.append("</table>\n");

        h.append("<h2>Checks</h2>\n<table><tr><th class=\"l\">check</th><th class=\"l\">what it compares</th>"
                + "<th>passed</th><th>failed</th></tr>\n");
        for (Check c : Check.values()) {
            long p = res.scoreboard().passed(c);
            long f = res.scoreboard().failed(c);
            h.append("<tr").append(f > 0 ? " class=\"bad\"" : p == 0 ? " class=\"skip\"" : "").append("><td class=\"l\">")
                    .append(esc(c.id())).append("</td><td class=\"l\">").append(esc(c.description())).append("</td><td>")
                    .append(p).append("</td><td>").append(f).append("</td></tr>\n");
        }
        h.append("</table>\n");

        List<Mismatch> first = res.scoreboard().firstMismatches();
        if (!first.isEmpty()) {
            h.append("<h2>First mismatches</h2>\n<table><tr><th class=\"l\">check</th><th>frame / doorbell</th>"
                    + "<th>cycle</th><th class=\"l\">field</th><th class=\"l\">hardware</th><th class=\"l\">model</th></tr>\n");
            for (Mismatch m : first) {
                h.append("<tr class=\"bad\"><td class=\"l\">").append(esc(m.check().id())).append("</td><td>")
                        .append(m.item()).append("</td><td>").append(m.cycle()).append("</td><td class=\"l\">")
                        .append(esc(m.field())).append("</td><td class=\"l\">").append(esc(m.hardware()))
                        .append("</td><td class=\"l\">").append(esc(m.model())).append("</td></tr>\n");
            }
            h.append("</table>\n<p>Replay: <code>").append(esc(r.replayCommand())).append("</code></p>\n");
        }

        h.append("<h2>Distribution</h2>\n<div class=\"charts\">");
        int queues = res.deliveredByQueue().length;
        List<String> qLabels = new ArrayList<>();
        int[] ringCpus = r.scenario().ringCpus();
        for (int q = 0; q < queues; q++) {
            qLabels.add(q + " (cpu " + ringCpus[q] + ")");
        }
        h.append(SvgBarChart.render("Frames per RX queue", "RX queue (ring CPU)", qLabels, List.of(
                new SvgBarChart.Series("delivered", BLUE, toDouble(res.deliveredByQueue())),
                new SvgBarChart.Series("nobuf drops", RED, toDouble(res.nobufByQueue())))));
        List<String> cLabels = new ArrayList<>();
        for (int c = 0; c < res.ringByCpu().length; c++) {
            cLabels.add(String.valueOf(c));
        }
        h.append(SvgBarChart.render("Frames per CPU", "CPU", cLabels, List.of(
                new SvgBarChart.Series("ring service", BLUE, toDouble(res.ringByCpu())),
                new SvgBarChart.Series("netisr handler", ORANGE, toDouble(res.netisrByCpu())))));
        h.append(SvgBarChart.render("Doorbells per TX queue (" + SvgBarChart.format(res.doorbellsPerPacket())
                + " per packet)", "TX queue", qLabels.stream().map(s -> s.substring(0, s.indexOf(' '))).toList(), List.of(
                new SvgBarChart.Series("doorbells", GREEN, toDouble(res.doorbellsByQueue())))));
        h.append("</div>\n");
    }

    private static double[] toDouble(long[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    private static void row(StringBuilder h, String key, Object value) {
        h.append("<tr><td>").append(esc(key)).append("</td><td class=\"l\">").append(esc(String.valueOf(value)))
                .append("</td></tr>");
    }

    static String esc(String s) {
        return Markup.escape(s);
    }
}
