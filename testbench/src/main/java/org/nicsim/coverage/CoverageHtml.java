package org.nicsim.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The coverage section of an HTML report: one bar per group (bins hit of bins counted), then the
 * unhit bins of every coverpoint and the exclusions with their reasons. Inline SVG, no script.
 */
public final class CoverageHtml {
    private static final int BAR_WIDTH = 360;

    private CoverageHtml() {
    }

    public static String section(CoverageCounts c) {
        StringBuilder h = new StringBuilder();
        long[] t = c.total();
        h.append("<h2 id=\"coverage\">Functional coverage</h2>\n<p><b>").append(pct(t)).append("</b> of ").append(t[1])
                .append(" bins hit (").append(t[0]).append("); excluded bins are not counted. Definitions: docs/coverage.md.</p>\n");
        List<String> groups = FunctionalCoverage.groups();
        int rowH = 22;
        h.append(String.format(Locale.ROOT, "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"coverage per group\">",
                BAR_WIDTH + 200, rowH * groups.size() + 4));
        for (int i = 0; i < groups.size(); i++) {
            long[] g = c.hitOfCounted(groups.get(i));
            double f = g[1] == 0 ? 1 : (double) g[0] / g[1];
            int y = i * rowH + 2;
            h.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"13\">%s</text>", y + 14, esc(groups.get(i))));
            h.append(String.format(Locale.ROOT, "<rect x=\"70\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#eee\"/>", y, BAR_WIDTH));
            h.append(String.format(Locale.ROOT, "<rect x=\"70\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>", y,
                    BAR_WIDTH * f, f >= 1 ? "#2e7d32" : "#1565c0"));
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\">%s (%d/%d)</text>", BAR_WIDTH + 78,
                    y + 14, pct(g), g[0], g[1]));
        }
        h.append("</svg>\n<table><tr><th class=\"l\">coverpoint</th><th>hit</th><th class=\"l\">unhit bins</th></tr>\n");
        for (Coverpoint p : FunctionalCoverage.points()) {
            long[] pc = c.hitOfCounted(p);
            StringBuilder unhit = new StringBuilder();
            for (String b : p.counted()) {
                if (c.hits(p.name(), b) == 0) {
                    unhit.append(unhit.length() == 0 ? "" : ", ").append(esc(b));
                }
            }
            h.append("<tr><td class=\"l\" title=\"").append(esc(p.description())).append("\">").append(esc(p.name()))
                    .append("</td><td>").append(pc[0]).append('/').append(pc[1]).append("</td><td class=\"l\">")
                    .append(unhit.length() == 0 ? "&mdash;" : unhit).append("</td></tr>\n");
        }
        h.append("</table>\n<details><summary>Excluded bins and why</summary><table>");
        for (Coverpoint p : FunctionalCoverage.points()) {
            p.exclusions().forEach((b, why) -> h.append("<tr><td class=\"l\">").append(esc(p.id(b)))
                    .append("</td><td class=\"l\">").append(esc(why)).append("</td></tr>"));
        }
        h.append("</table></details>\n");
        return h.toString();
    }

    /** Inserts the section into an existing report: before "Scenario as run", else before the end of the body. */
    public static void insertInto(Path html, CoverageCounts c) throws IOException {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int at = page.indexOf("<h2>Scenario as run</h2>");
        if (at < 0) {
            at = page.lastIndexOf("</body>");
        }
        if (at < 0) {
            throw new IOException(html + ": no place for the coverage section (no </body>)");
        }
        Files.writeString(html, page.substring(0, at) + section(c) + page.substring(at), StandardCharsets.UTF_8);
    }

    /** One line per group and a total, for summary.txt. */
    public static String summaryLines(CoverageCounts c) {
        StringBuilder sb = new StringBuilder("\ncoverage   functional ").append(pct(c.total()))
                .append(String.format(Locale.ROOT, " (%d of %d bins)%n", c.total()[0], c.total()[1]));
        for (String g : FunctionalCoverage.groups()) {
            long[] t = c.hitOfCounted(g);
            StringBuilder unhit = new StringBuilder();
            int shown = 0;
            for (Coverpoint p : FunctionalCoverage.points()) {
                for (String b : p.group().equals(g) ? p.counted() : List.<String>of()) {
                    if (c.hits(p.name(), b) == 0 && shown++ < 3) {
                        unhit.append(shown == 1 ? "; unhit: " : ", ").append(p.id(b));
                    }
                }
            }
            if (shown > 3) {
                unhit.append(", ...");
            }
            sb.append(String.format(Locale.ROOT, "  %-8s %6s  %4d/%-4d%s%n", g, pct(t), t[0], t[1], unhit));
        }
        return sb.toString();
    }

    static String pct(long[] hc) {
        return String.format(Locale.ROOT, "%.1f%%", CoverageCounts.percent(hc));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
