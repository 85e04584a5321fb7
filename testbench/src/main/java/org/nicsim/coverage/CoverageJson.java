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

/**
 * {@code coverage.json}: every bin with its hits (and, merged, the case that hit it first),
 * excluded bins with their reason, totals per coverpoint, per group and overall.
 */
public final class CoverageJson {
    public static final String FILE = "coverage.json";
    public static final String FORMAT = "nicsim-coverage/1";

    private CoverageJson() {
    }

    public static JsonObject toJson(CoverageCounts c) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.add("functional", totals(c.total()));
        JsonArray groups = new JsonArray();
        for (String g : FunctionalCoverage.groups()) {
            JsonObject o = totals(c.hitOfCounted(g));
            o.addProperty("group", g);
            groups.add(o);
        }
        root.add("groups", groups);
        JsonArray points = new JsonArray();
        for (Coverpoint p : FunctionalCoverage.points()) {
            JsonObject o = totals(c.hitOfCounted(p));
            o.addProperty("name", p.name());
            o.addProperty("group", p.group());
            o.addProperty("description", p.description());
            JsonArray bins = new JsonArray();
            for (String b : p.bins()) {
                JsonObject bo = new JsonObject();
                bo.addProperty("bin", b);
                bo.addProperty("hits", c.hits(p.name(), b));
                String first = c.firstHitBy(p.id(b));
                if (first != null) {
                    bo.addProperty("firstHitBy", first);
                }
                if (p.exclusions().containsKey(b)) {
                    bo.addProperty("excluded", p.exclusions().get(b));
                }
                bins.add(bo);
            }
            o.add("bins", bins);
            points.add(o);
        }
        root.add("coverpoints", points);
        return root;
    }

    private static JsonObject totals(long[] hc) {
        JsonObject o = new JsonObject();
        o.addProperty("hit", hc[0]);
        o.addProperty("bins", hc[1]);
        o.addProperty("percent", CoverageCounts.percent(hc));
        return o;
    }

    public static void write(CoverageCounts c, Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), new GsonBuilder().setPrettyPrinting().create().toJson(toJson(c)) + "\n",
                StandardCharsets.UTF_8);
    }

    /**
     * Reads a coverage.json back (for merges).
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static CoverageCounts read(Path file) {
        CoverageCounts c = new CoverageCounts();
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!root.has("format") || !FORMAT.equals(root.get("format").getAsString())) {
                throw new IllegalArgumentException(file + ": format: expected " + FORMAT);
            }
            for (JsonElement pe : root.getAsJsonArray("coverpoints")) {
                JsonObject p = pe.getAsJsonObject();
                String name = p.get("name").getAsString();
                for (JsonElement be : p.getAsJsonArray("bins")) {
                    JsonObject b = be.getAsJsonObject();
                    String by = b.has("firstHitBy") ? b.get("firstHitBy").getAsString() : null;
                    c.add(name + "/" + b.get("bin").getAsString(), b.get("hits").getAsLong(), by);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(file + ": not a " + FORMAT + " file: " + e.getMessage());
        }
        return c;
    }
}
