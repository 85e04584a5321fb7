package org.nicsim.coverage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Functional coverage of many runs (regression cases, shards) merged into one: hits add up, and
 * each bin remembers the case that hit it first (in case order). A source without coverage (a
 * run that did not finish, a shard run without --coverage) is named, never silently skipped.
 *
 * @param counts  the merged counts
 * @param sources sources merged
 * @param missing sources that had no coverage.json
 */
public record CoverageMerge(CoverageCounts counts, int sources, List<String> missing) {
    public CoverageMerge {
        missing = List.copyOf(missing);
    }

    /** A named coverage.json to merge: a case id or a shard folder. */
    public record Source(String name, Path file) {}

    /** Merges {@code sources} in order; a bin's first hit is credited to its source's name (or the name inside the file). */
    public static CoverageMerge of(List<Source> sources) {
        CoverageCounts c = new CoverageCounts();
        List<String> missing = new ArrayList<>();
        int merged = 0;
        for (Source s : sources) {
            if (!Files.isRegularFile(s.file())) {
                missing.add(s.name());
                continue;
            }
            c.merge(CoverageJson.read(s.file()), s.name());
            merged++;
        }
        return new CoverageMerge(c, merged, missing);
    }

    /** Writes {@code coverage.json} (with the sources merged and missing) and {@code coverage.html} into {@code dir}. */
    public void write(Path dir) throws IOException {
        JsonObject o = CoverageJson.toJson(counts);
        o.addProperty("sources", sources);
        JsonArray m = new JsonArray();
        missing.forEach(m::add);
        o.add("missing", m);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(CoverageJson.FILE), new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n",
                StandardCharsets.UTF_8);
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>nicsim coverage</title><style>"
                + "body{font-family:sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                + "padding:2px 6px;text-align:right}.l{text-align:left}</style></head><body>\n<p>" + sources
                + " runs merged" + (missing.isEmpty() ? "" : "; <b>without coverage: " + String.join(", ", missing) + "</b>")
                + ".</p>\n" + CoverageHtml.section(counts) + firstHits() + "</body></html>\n";
        Files.writeString(dir.resolve("coverage.html"), page, StandardCharsets.UTF_8);
    }

    private String firstHits() {
        StringBuilder h = new StringBuilder("<details><summary>Which run hit each bin first</summary><table>");
        for (Coverpoint p : FunctionalCoverage.points()) {
            for (String b : p.counted()) {
                String by = counts.firstHitBy(p.id(b));
                if (by != null) {
                    h.append("<tr><td class=\"l\">").append(p.id(b)).append("</td><td class=\"l\">").append(by)
                            .append("</td></tr>");
                }
            }
        }
        return h.append("</table></details>\n").toString();
    }

    /**
     * The functional percentage a committed baseline file ({@code {"functional": P}}) requires.
     *
     * @throws IllegalArgumentException naming the file and what is wrong
     */
    public static double baseline(Path file) {
        try {
            JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            JsonElement v = root.isJsonObject() ? root.getAsJsonObject().get("functional") : null;
            if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()
                    || v.getAsDouble() < 0 || v.getAsDouble() > 100) {
                throw new IllegalArgumentException(file + ": functional: expected a percentage 0..100 as"
                        + " {\"functional\": P}, got " + (v == null ? "nothing" : v.toString()));
            }
            return v.getAsDouble();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + ": not JSON (" + e.getMessage() + ")");
        }
    }

    /** One line for the terminal: the total and, against a baseline, whether it held. */
    public String line(Double baseline) {
        double pct = CoverageCounts.percent(counts.total());
        return String.format(Locale.ROOT, "coverage: functional %.1f%% (%d of %d bins) over %d runs%s%s", pct,
                counts.total()[0], counts.total()[1], sources, missing.isEmpty() ? "" : "; without coverage: " + missing,
                baseline == null ? "" : pct >= baseline ? String.format(Locale.ROOT, "; baseline %.1f%% held", baseline)
                        : String.format(Locale.ROOT, "; BELOW the baseline %.1f%%", baseline));
    }

    /** True when coverage is complete (every source merged) and at or above {@code baseline}. */
    public boolean meets(double baseline) {
        return missing.isEmpty() && CoverageCounts.percent(counts.total()) >= baseline;
    }
}
