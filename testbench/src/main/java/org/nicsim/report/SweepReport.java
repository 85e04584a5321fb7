package org.nicsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.run.Fate;

/**
 * The comparison a sweep writes: a text table (printed), sweep.csv (one row per value) and
 * sweep.html (the table and inline SVG charts of doorbells and MMIO writes per packet, drops and
 * throughput against the parameter).
 */
public final class SweepReport {
    public static final String CSV = "sweep.csv";
    public static final String HTML = "sweep.html";

    /** Columns shared by the text table and the CSV: header, and value of a finished run. */
    private record Column(String header, Function<CoSimResult, String> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("injected", r -> String.valueOf(r.injected())),
            new Column("delivered", r -> String.valueOf(r.fate(Fate.DELIVERED))),
            new Column("nobuf", r -> String.valueOf(r.fate(Fate.NOBUF))),
            new Column("error", r -> String.valueOf(r.fate(Fate.ERROR))),
            new Column("qdrop", r -> String.valueOf(r.fate(Fate.QDROP))),
            new Column("ifqDrops", r -> String.valueOf(r.txDrops())),
            new Column("crossCpu", r -> String.valueOf(r.crossCpu())),
            new Column("txFrames", r -> String.valueOf(r.txFrames())),
            new Column("doorbells", r -> String.valueOf(r.doorbells())),
            new Column("predicted", r -> String.valueOf(r.predictedDoorbells())),
            new Column("doorbellsPerPacket", r -> num(r.doorbellsPerPacket())),
            new Column("mmioWritesPerPacket", r -> num(r.mmioWritesPerPacket())),
            new Column("cycles", r -> String.valueOf(r.cycles())),
            new Column("wallSeconds", r -> String.format(Locale.ROOT, "%.3f", r.wallSeconds())),
            new Column("cyclesPerSecond", r -> String.format(Locale.ROOT, "%.0f", r.cyclesPerSecond())),
            new Column("packetsPerSecond", r -> String.format(Locale.ROOT, "%.0f", r.packetsPerSecond())),
            new Column("failedChecks", r -> String.valueOf(r.scoreboard().totalFailed())));

    /** Columns the console table shows (the CSV has them all). */
    private static final List<String> CONSOLE = List.of("delivered", "nobuf", "qdrop", "ifqDrops", "txFrames",
            "doorbells", "doorbellsPerPacket", "mmioWritesPerPacket", "packetsPerSecond");

    private SweepReport() {
    }

    /** The comparison table for the console: one line per value. */
    public static String table(String path, List<SweepRow> rows) {
        List<String> headers = new ArrayList<>(List.of(path, "status"));
        List<Column> cols = COLUMNS.stream().filter(c -> CONSOLE.contains(c.header())).toList();
        cols.forEach(c -> headers.add(c.header()));
        List<List<String>> cells = new ArrayList<>();
        for (SweepRow row : rows) {
            List<String> line = new ArrayList<>(List.of(row.value(), row.report().status()));
            for (Column c : cols) {
                line.add(row.report().result() == null ? "-" : c.value().apply(row.report().result()));
            }
            cells.add(line);
        }
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> line : cells) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendLine(sb, headers, width);
        for (List<String> line : cells) {
            appendLine(sb, line, width);
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(i < 2 ? c + pad : pad + c).append(i + 1 < cells.size() ? "  " : "\n");
        }
    }

    /** sweep.csv text (RFC 4180: comma separated, CRLF not required, fields quoted when needed). */
    public static String csv(String path, List<SweepRow> rows) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>(List.of(path, "status", "seed"));
        COLUMNS.forEach(c -> head.add(c.header()));
        head.add("outDir");
        sb.append(String.join(",", head.stream().map(SweepReport::csvField).toList())).append('\n');
        for (SweepRow row : rows) {
            List<String> f = new ArrayList<>(List.of(row.value(), row.report().status(),
                    String.valueOf(row.report().scenario().seed())));
            for (Column c : COLUMNS) {
                f.add(row.report().result() == null ? "" : c.value().apply(row.report().result()));
            }
            f.add(row.report().outDir().toString());
            sb.append(String.join(",", f.stream().map(SweepReport::csvField).toList())).append('\n');
        }
        return sb.toString();
    }

    static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** sweep.html text. */
    public static String html(String scenario, String path, List<SweepRow> rows) {
        StringBuilder h = new StringBuilder();
        String title = "nicsim sweep: " + scenario + ", " + path;
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Markup.escape(title))
                .append("</title>\n<style>").append(HtmlReport.STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(Markup.escape(title)).append("</h1>\n");
        List<String> values = rows.stream().map(SweepRow::value).toList();
        h.append("<div class=\"charts\">");
        h.append(SvgBarChart.render("Doorbells per packet", path, values, List.of(
                new SvgBarChart.Series("doorbells per packet", HtmlReport.GREEN, metric(rows, CoSimResult::doorbellsPerPacket)))));
        h.append(SvgBarChart.render("MMIO writes per packet", path, values, List.of(
                new SvgBarChart.Series("MMIO writes per packet", HtmlReport.BLUE, metric(rows, CoSimResult::mmioWritesPerPacket)))));
        h.append(SvgBarChart.render("Drops", path, values, List.of(
                new SvgBarChart.Series("nobuf", HtmlReport.RED, metric(rows, r -> (double) r.fate(Fate.NOBUF))),
                new SvgBarChart.Series("qdrop", HtmlReport.ORANGE, metric(rows, r -> (double) r.fate(Fate.QDROP))),
                new SvgBarChart.Series("ifq", "#8e44ad", metric(rows, r -> (double) r.txDrops())))));
        h.append(SvgBarChart.render("Simulation speed (packets/s)", path, values, List.of(
                new SvgBarChart.Series("packets/s", HtmlReport.BLUE, metric(rows, CoSimResult::packetsPerSecond)))));
        h.append("</div>\n<h2>Runs</h2>\n<table><tr><th class=\"l\">").append(Markup.escape(path))
                .append("</th><th class=\"l\">status</th>");
        COLUMNS.forEach(c -> h.append("<th>").append(c.header()).append("</th>"));
        h.append("<th class=\"l\">report</th></tr>\n");
        for (SweepRow row : rows) {
            RunReport r = row.report();
            h.append("<tr").append(r.status().equals(RunReport.PASSED) ? "" : " class=\"bad\"").append("><td class=\"l\">")
                    .append(Markup.escape(row.value())).append("</td><td class=\"l\">").append(r.status()).append("</td>");
            for (Column c : COLUMNS) {
                h.append("<td>").append(r.result() == null ? "-" : c.value().apply(r.result())).append("</td>");
            }
            String link = r.outDir().getFileName() + "/" + OutputFiles.REPORT_HTML;
            h.append("<td class=\"l\"><a href=\"").append(Markup.escape(link)).append("\">")
                    .append(Markup.escape(link)).append("</a></td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    /** Writes sweep.csv and sweep.html into {@code dir}. */
    public static void write(Path dir, String scenario, String path, List<SweepRow> rows) throws IOException {
        AtomicFiles.writeString(dir.resolve(CSV), csv(path, rows));
        AtomicFiles.writeString(dir.resolve(HTML), html(scenario, path, rows));
    }

    private static double[] metric(List<SweepRow> rows, Function<CoSimResult, Double> f) {
        double[] d = new double[rows.size()];
        for (int i = 0; i < d.length; i++) {
            CoSimResult r = rows.get(i).report().result();
            d[i] = r == null ? Double.NaN : f.apply(r);
        }
        return d;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
