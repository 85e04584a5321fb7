package org.nicsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nicsim.cosim.CoSimResult;
import org.nicsim.scoreboard.Check;
import org.nicsim.scoreboard.Mismatch;

/**
 * junit.xml for CI systems, in the common JUnit XML schema (Ant's, as Jenkins, GitLab and GitHub
 * read it): one {@code testsuite} per run, one {@code testcase} per scoreboard check. A check with
 * failed comparisons gets a {@code failure} carrying its first mismatches; a check that compared
 * nothing in this run (e.g. doorbells in a sink-only run) is {@code skipped}; a simulation that
 * did not finish adds a {@code simulation} testcase with an {@code error}.
 */
public final class JunitXml {
    private JunitXml() {
    }

    /** Writes junit.xml into the report's output directory and returns its path. */
    public static Path write(RunReport r) throws IOException {
        Path file = r.outDir().resolve(OutputFiles.JUNIT_XML);
        AtomicFiles.writeString(file, render(r));
        return file;
    }

    /** The document text. */
    public static String render(RunReport r) {
        String suite = "nicsim." + r.scenario().name();
        CoSimResult res = r.result();
        boolean warned = !r.warnings().isEmpty();
        int tests = Check.values().length + (res == null ? 1 : 0) + (warned ? 1 : 0);
        int failures = 0;
        int skipped = 0;
        for (Check c : Check.values()) {
            if (res == null || (res.scoreboard().passed(c) == 0 && res.scoreboard().failed(c) == 0)) {
                skipped++;
            } else if (res.scoreboard().failed(c) > 0) {
                failures++;
            }
        }
        failures += warned && r.strict() ? 1 : 0;
        int errors = res == null ? 1 : 0;
        String time = res == null ? "0.000" : seconds(res.wallSeconds());
        String counts = attr("tests", tests) + attr("failures", failures) + attr("errors", errors)
                + attr("skipped", skipped) + attr("time", time);

        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites").append(attr("name", "nicsim")).append(counts).append(">\n");
        x.append("  <testsuite").append(attr("name", suite)).append(counts).append(">\n");
        x.append("    <properties>\n");
        property(x, "scenario", r.scenario().name());
        property(x, "seed", String.valueOf(r.scenario().seed()));
        property(x, "input", r.input().isPcap() ? r.input().file() : r.input().source());
        property(x, "status", r.status());
        property(x, "report", r.outDir().resolve(OutputFiles.REPORT_JSON).toString());
        property(x, "replay", r.replayCommand());
        if (r.selfTest() != null) {
            property(x, "selfTest", r.selfTest());
        }
        x.append("    </properties>\n");
        if (res == null) {
            x.append("    <testcase").append(attr("classname", suite)).append(attr("name", "simulation"))
                    .append(attr("time", "0.000")).append(">\n");
            x.append("      <error").append(attr("message", r.failure().message())).append(attr("type", r.failure().kind().id()))
                    .append(">").append(Markup.escape(r.failure().message()))
                    .append(r.failure().cycle() >= 0 ? " (cycle " + r.failure().cycle() + ")" : "").append("</error>\n");
            x.append("    </testcase>\n");
        }
        for (Check c : Check.values()) {
            x.append("    <testcase").append(attr("classname", suite)).append(attr("name", c.id()))
                    .append(attr("time", "0.000"));
            if (res == null) {
                x.append(">\n      <skipped").append(attr("message", "the simulation did not finish")).append("/>\n");
                x.append("    </testcase>\n");
                continue;
            }
            long passed = res.scoreboard().passed(c);
            long failed = res.scoreboard().failed(c);
            if (failed > 0) {
                List<Mismatch> first = res.scoreboard().firstMismatches().stream().filter(m -> m.check() == c).toList();
                String message = (first.isEmpty() ? c.description() : first.get(0).toString())
                        + " (" + failed + " of " + (passed + failed) + " comparisons failed)";
                StringBuilder body = new StringBuilder(c.id() + ": " + c.description() + "\n");
                for (Mismatch m : first) {
                    body.append(m).append('\n');
                }
                if (first.size() < failed) {
                    body.append("... ").append(failed - first.size()).append(" more not kept\n");
                }
                body.append("replay: ").append(r.replayCommand()).append('\n');
                x.append(">\n      <failure").append(attr("message", message)).append(attr("type", c.id())).append(">")
                        .append(Markup.escape(body.toString())).append("</failure>\n    </testcase>\n");
            } else if (passed == 0) {
                x.append(">\n      <skipped").append(attr("message", "no comparisons of this kind in this run")).append("/>\n");
                x.append("    </testcase>\n");
            } else {
                x.append("/>\n");
            }
        }
        if (warned) {
            // a warning is a failure under --strict, and stays visible as output otherwise
            String text = String.join("\n", r.warnings());
            x.append("    <testcase").append(attr("classname", suite)).append(attr("name", "warnings"))
                    .append(attr("time", "0.000")).append(">\n");
            if (r.strict()) {
                x.append("      <failure").append(attr("message", r.warnings().get(0))).append(attr("type", "warning"))
                        .append(">").append(Markup.escape(text)).append("</failure>\n");
            } else {
                x.append("      <system-out>").append(Markup.escape(text)).append("</system-out>\n");
            }
            x.append("    </testcase>\n");
        }
        x.append("  </testsuite>\n");
        x.append("</testsuites>\n");
        return x.toString();
    }

    private static void property(StringBuilder x, String name, String value) {
        x.append("      <property").append(attr("name", name)).append(attr("value", value)).append("/>\n");
    }

    private static String attr(String name, Object value) {
        return " " + name + "=\"" + Markup.escape(String.valueOf(value)) + "\"";
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
