package org.nicsim.coverage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * RTL code coverage of a run of the coverage build (Verilator {@code --coverage-line
 * --coverage-toggle}): the model's {@code coverage.dat}, the points the reviewed waiver file
 * ({@code rtl/coverage-waivers.txt}) excludes taken out, line and toggle percentages, and the
 * lcov files: {@code coverage.info} from {@code verilator_coverage --write-info} and an HTML
 * report from {@code genhtml} in {@code rtl-coverage/}.
 */
public final class RtlCoverage {
    public static final String DAT = "coverage.dat";
    public static final String INFO = "coverage.info";
    public static final String HTML_DIR = "rtl-coverage";
    public static final String SUMMARY_JSON = "rtl-coverage.json";

    private RtlCoverage() {
    }

    /** One coverage point of a coverage.dat line: its type (line, branch, toggle), where it is, its count. */
    record Point(String page, String file, String line, String hier, String comment, long count, String raw,
                 String text) {
        boolean toggle() {
            return page.startsWith("v_toggle");
        }

        /**
         * What a waiver pattern is matched against: "line x.sv:12 TOP.nic_top.u_x if | if (a) b <= c;"
         * or "toggle x.sv:3 TOP.nic_top.u_x sig | logic [7:0] sig;": after " | " the source line,
         * trimmed, so that a waiver can name the code rather than a line number that edits move.
         */
        String describe() {
            return (toggle() ? "toggle " : "line ") + Path.of(file).getFileName() + ":" + line + " " + hier + " " + comment
                    + " | " + text;
        }
    }

    /** Counted and hit points per kind, after waivers. */
    public record Totals(long lines, long linesHit, long toggles, long togglesHit, long waived) {
        public double linePercent() {
            return lines == 0 ? 100 : Math.floor(1000.0 * linesHit / lines) / 10;
        }

        public double togglePercent() {
            return toggles == 0 ? 100 : Math.floor(1000.0 * togglesHit / toggles) / 10;
        }
    }

    /** The reviewed waivers of the repository ({@code <nicsim.root>/rtl/coverage-waivers.txt}); none if absent. */
    public static List<Pattern> waivers() {
        Path f = Path.of(System.getProperty("nicsim.root", "."), "rtl", "coverage-waivers.txt");
        return Files.isRegularFile(f) ? waivers(f) : List.of();
    }

    /** Waiver patterns: one Java regex per line before a {@code #} reason; blank lines and comments skipped. */
    public static List<Pattern> waivers(Path file) {
        List<Pattern> out = new ArrayList<>();
        try {
            int n = 0;
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                int hash = l.indexOf(" #");
                String p = (l.startsWith("#") ? "" : hash < 0 ? l : l.substring(0, hash)).trim();
                if (p.isEmpty()) {
                    continue;
                }
                if (hash < 0) {
                    throw new IllegalArgumentException(file + ": line " + n + ": a waiver needs its reason after ' #'");
                }
                out.add(Pattern.compile(p));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(file + ": bad pattern: " + e.getMessage());
        }
        return out;
    }

    /** The repository's rtl/ ({@code <nicsim.root>/rtl}): the sources the coverage build was made from. */
    static Path rtlDir() {
        return Path.of(System.getProperty("nicsim.root", "."), "rtl");
    }

    static List<Point> read(Path dat) throws IOException {
        return read(dat, rtlDir());
    }

    /** The points of {@code dat}, each with its source line read from the file of that name in {@code rtl}. */
    static List<Point> read(Path dat, Path rtl) throws IOException {
        java.util.Map<String, List<String>> sources = new java.util.HashMap<>();
        List<Point> points = new ArrayList<>();
        for (String l : Files.readAllLines(dat, StandardCharsets.ISO_8859_1)) {
            if (!l.startsWith("C '")) {
                continue;
            }
            int end = l.lastIndexOf('\'');
            String keys = l.substring(3, end);
            long count = Long.parseLong(l.substring(end + 1).trim());
            String page = "";
            String file = "";
            String line = "";
            String hier = "";
            String comment = "";
            for (String kv : keys.split("\u0001")) {
                int sep = kv.indexOf('\u0002');
                if (sep < 0) {
                    continue;
                }
                String k = kv.substring(0, sep);
                String v = kv.substring(sep + 1);
                switch (k) {
                    case "page" -> page = v;
                    case "f" -> file = v;
                    case "l" -> line = v;
                    case "h" -> hier = v;
                    case "o" -> comment = v;
                    default -> { }
                }
            }
            points.add(new Point(page, file, line, hier, comment, count, l, sourceText(sources, rtl, file, line)));
        }
        return points;
    }

    /** Line {@code line} of {@code rtl/<file name>}, trimmed; empty when the file or the line is not there. */
    private static String sourceText(java.util.Map<String, List<String>> cache, Path rtl, String file, String line) {
        List<String> lines = cache.computeIfAbsent(Path.of(file).getFileName().toString(), name -> {
            try {
                return Files.readAllLines(rtl.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        try {
            int n = Integer.parseInt(line);
            return n >= 1 && n <= lines.size() ? lines.get(n - 1).trim() : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** Totals of {@code points} with the waived ones left out. */
    static Totals totals(List<Point> points, List<Pattern> waivers) {
        long lines = 0;
        long linesHit = 0;
        long toggles = 0;
        long togglesHit = 0;
        long waived = 0;
        for (Point p : points) {
            if (waived(p, waivers)) {
                waived++;
            } else if (p.toggle()) {
                toggles++;
                togglesHit += p.count() > 0 ? 1 : 0;
            } else {
                lines++;
                linesHit += p.count() > 0 ? 1 : 0;
            }
        }
        return new Totals(lines, linesHit, toggles, togglesHit, waived);
    }

    private static boolean waived(Point p, List<Pattern> waivers) {
        String d = p.describe();
        return waivers.stream().anyMatch(w -> w.matcher(d).find());
    }

    /**
     * Reads {@code dir/coverage.dat}, writes {@code rtl-coverage.json}, {@code coverage.info} and
     * {@code rtl-coverage/} (the lcov files hold the line and branch points that are not waived;
     * toggles are counted in the JSON only); tools that are missing are reported on {@code err},
     * the numbers are written regardless.
     */
    public static Totals report(Path dir, List<Pattern> waivers, PrintStream err) throws IOException {
        List<Point> points = read(dir.resolve(DAT));
        Totals t = totals(points, waivers);
        Files.writeString(dir.resolve(SUMMARY_JSON), String.format(Locale.ROOT,
                "{\"lines\": %d, \"linesHit\": %d, \"linePercent\": %.1f, \"toggles\": %d, \"togglesHit\": %d,"
                        + " \"togglePercent\": %.1f, \"waived\": %d}%n", t.lines(), t.linesHit(), t.linePercent(),
                t.toggles(), t.togglesHit(), t.togglePercent(), t.waived()), StandardCharsets.UTF_8);
        Path counted = dir.resolve("coverage-counted.dat");
        StringBuilder sb = new StringBuilder("# SystemC::Coverage-3\n");
        Path rtl = Path.of(System.getProperty("nicsim.root", ".")).toAbsolutePath().resolve("rtl");
        for (Point p : points) {
            // lcov has no toggle records: verilator_coverage would book toggles as hits of the
            // declaration's line, and genhtml's "Lines" would then mix them with the code's lines
            if (!p.toggle() && !waived(p, waivers)) {
                // the cached library may have been built from another checkout of the same RTL: name this one's files
                String here = rtl.resolve(Path.of(p.file()).getFileName()).toString();
                sb.append(p.raw().replace("\u0001f\u0002" + p.file(), "\u0001f\u0002" + here)).append('\n');
            }
        }
        Files.writeString(counted, sb, StandardCharsets.ISO_8859_1);
        try {
            run(err, dir, "verilator_coverage", "--write-info", INFO, counted.getFileName().toString());
            run(err, dir, "genhtml", "-q", "--output-directory", HTML_DIR, INFO);
        } finally {
            Files.deleteIfExists(counted);
        }
        return t;
    }

    private static void run(PrintStream err, Path dir, String... cmd) throws IOException {
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                err.println("nicsim: " + cmd[0] + " failed: " + out.strip());
            }
        } catch (IOException e) {
            err.println("nicsim: " + cmd[0] + " is not installed (apt-get install "
                    + (cmd[0].equals("genhtml") ? "lcov" : "verilator") + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + cmd[0]);
        }
    }

    /**
     * Merges the {@code coverage.dat} of several runs into {@code out/coverage.dat} with
     * {@code verilator_coverage --write} and reports it; nothing when no run wrote one.
     *
     * @return the totals, or null when there was nothing to merge
     */
    public static Totals merge(List<Path> dats, Path out, List<Pattern> waivers, PrintStream err) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("verilator_coverage", "--write", out.toAbsolutePath().resolve(DAT).toString()));
        for (Path d : dats) {
            if (Files.isRegularFile(d)) {
                cmd.add(d.toAbsolutePath().toString());
            }
        }
        if (cmd.size() == 3) {
            return null;
        }
        Files.createDirectories(out);
        run(err, out, cmd.toArray(String[]::new));
        return report(out, waivers, err);
    }

    /** The summary line, from rtl-coverage.json. */
    public static String summaryLine(Path dir) {
        Path f = dir.resolve(SUMMARY_JSON);
        if (!Files.isRegularFile(f)) {
            return "rtl        not measured: the run did not finish\n";
        }
        try {
            com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(Files.readString(f)).getAsJsonObject();
            return String.format(Locale.ROOT, "rtl        line %.1f%% (%d of %d points), toggle %.1f%% (%d of %d), %d points waived; by source line: %s%n",
                    o.get("linePercent").getAsDouble(), o.get("linesHit").getAsLong(), o.get("lines").getAsLong(),
                    o.get("togglePercent").getAsDouble(), o.get("togglesHit").getAsLong(), o.get("toggles").getAsLong(),
                    o.get("waived").getAsLong(), HTML_DIR + "/index.html");
        } catch (IOException | RuntimeException e) {
            return "rtl        " + f + ": unreadable (" + e.getMessage() + ")\n";
        }
    }
}
