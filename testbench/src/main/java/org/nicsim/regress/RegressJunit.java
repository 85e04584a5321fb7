package org.nicsim.regress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nicsim.report.AtomicFiles;

/**
 * {@code junit.xml} of a regression: one {@code testsuite} per scenario, one {@code testcase} per
 * seed ({@code classname} = scenario, {@code name} = "seed N"); a failed check is a
 * {@code <failure>}, a simulation failure or bad input an {@code <error>}, with the replay command in
 * {@code system-out}. A missing shard adds a {@code shards} testcase with an {@code <error>}, a
 * coverage failure a {@code coverage} testcase with a {@code <failure>}: a CI reader that looks only
 * at junit.xml sees red whenever the command does not exit 0. CI systems (GitHub Actions reporters,
 * Jenkins junit) read it as is.
 */
public final class RegressJunit {
    public static final String FILE = "junit.xml";

    private RegressJunit() {}

    public static void write(RegressSummary s, Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve(FILE), render(s));
    }

    public static String render(RegressSummary s) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int missing = s.missingShards().isEmpty() ? 0 : 1;
        int coverage = s.coverageFailure().isEmpty() ? 0 : 1;
        x.append(String.format(Locale.ROOT, "<testsuites name=\"nicsim regress\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">%n",
                s.cases().size() + missing + coverage, s.count("failed") + coverage,
                s.count("error") + s.count("bad-input") + s.count("interrupted") + missing, s.wallSeconds()));
        var byScenario = new java.util.LinkedHashMap<String, java.util.List<CaseResult>>();
        for (CaseResult c : s.cases()) {
            byScenario.computeIfAbsent(stem(c.scenario()), k -> new java.util.ArrayList<>()).add(c);
        }
        byScenario.forEach((name, cases) -> {
            long failed = cases.stream().filter(c -> c.exitStatus() == 1).count();
            long errors = cases.stream().filter(c -> c.exitStatus() >= 2).count();
            double time = cases.stream().mapToDouble(CaseResult::wallSeconds).sum();
            x.append(String.format(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">%n",
                    escape(name), cases.size(), failed, errors, time));
            for (CaseResult c : cases) {
                x.append(String.format(Locale.ROOT, "    <testcase classname=\"%s\" name=\"seed %d\" time=\"%.3f\">%n",
                        escape(name), c.seed(), c.wallSeconds()));
                if (c.exitStatus() == 1) {
                    x.append("      <failure message=\"").append(escape(c.message())).append("\" type=\"check\"/>\n");
                } else if (c.exitStatus() >= 2) {
                    x.append("      <error message=\"").append(escape(c.message())).append("\" type=\"")
                            .append(c.status()).append("\"/>\n");
                }
                x.append("      <system-out>").append(escape("replay: " + c.replay() + "\noutputs: " + c.outDir()))
                        .append("</system-out>\n");
                x.append("    </testcase>\n");
            }
            x.append("  </testsuite>\n");
        });
        if (!s.missingShards().isEmpty()) {
            x.append("  <testsuite name=\"shards\" tests=\"1\" failures=\"0\" errors=\"1\">\n");
            x.append("    <testcase classname=\"shards\" name=\"every shard reported\">\n");
            x.append("      <error message=\"missing shards ").append(s.missingShards()).append(" of ")
                    .append(s.shardCount()).append("\" type=\"missing-shard\"/>\n    </testcase>\n  </testsuite>\n");
        }
        if (coverage > 0) {
            x.append("  <testsuite name=\"coverage\" tests=\"1\" failures=\"1\" errors=\"0\">\n");
            x.append("    <testcase classname=\"coverage\" name=\"coverage\">\n");
            x.append("      <failure message=\"").append(escape(s.coverageFailure()))
                    .append("\" type=\"coverage\"/>\n    </testcase>\n  </testsuite>\n");
        }
        return x.append("</testsuites>\n").toString();
    }

    private static String stem(String scenario) {
        String n = Path.of(scenario).getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    /** XML 1.0 text/attribute escape; characters XML cannot carry become U+FFFD. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                default -> {
                    boolean ok = c == '\t' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF;
                    sb.appendCodePoint(ok ? c : 0xFFFD);
                }
            }
        });
        return sb.toString();
    }
}
