package org.nicsim.regress;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a {@code summary.json} back, checking every field it uses: a damaged file (edited by
 * hand, cut short, from another tool) is refused with one message naming the file and the field,
 * e.g. {@code sh1/summary.json: shardCount: expected an integer, got "two"}.
 */
final class SummaryReader {
    /** More shards than any regression could have cases (16 scenarios x 1000 seeds). */
    static final int MAX_SHARDS = 16_000;

    private final Path file;

    private SummaryReader(Path file) {
        this.file = file;
    }

    /** @throws IllegalArgumentException naming the file and the field when it is not a summary */
    static RegressSummary read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            // Gson's message names its own classes; the place is what the user needs
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("line \\d+ column \\d+")
                    .matcher(String.valueOf(e.getMessage()));
            throw new IllegalArgumentException(file + ": not JSON" + (at.find() ? " (at " + at.group() + ")" : ""));
        }
        return new SummaryReader(file).summary(root);
    }

    private RegressSummary summary(JsonElement root) {
        JsonObject o = object(root, "the document");
        // a regression has at most one shard per case: a larger count is damage, not a plan
        int shardCount = (int) integer(o, "shardCount", "shardCount", 1, MAX_SHARDS);
        List<Integer> shards = new ArrayList<>();
        List<JsonElement> list = array(o, "shards", "shards");
        for (int i = 0; i < list.size(); i++) {
            shards.add((int) integer(list.get(i), "shards[" + i + "]", 1, shardCount));
        }
        double wall = number(o.get("wallSeconds"), "wallSeconds");
        List<CaseResult> cases = new ArrayList<>();
        list = array(o, "cases", "cases");
        for (int i = 0; i < list.size(); i++) {
            cases.add(caseResult(object(list.get(i), "cases[" + i + "]"), "cases[" + i + "]."));
        }
        derived(o);
        boolean merged = o.has("merged") && bool(o.get("merged"), "merged");
        RegressionId id = o.has("regression") ? regression(object(o.get("regression"), "regression")) : null;
        return new RegressSummary(shardCount, shards, wall, cases, merged, id);
    }

    /**
     * The fields merge recomputes rather than reads (status, totals, ...): when present they must
     * still have their types, or the file is not what nicsim wrote.
     */
    private void derived(JsonObject o) {
        for (String name : new String[] {"status", "coverageFailure"}) {
            if (o.has(name)) {
                string(o, name, name);
            }
        }
        if (o.has("exitStatus")) {
            integer(o, "exitStatus", "exitStatus", 0, 255);
        }
        if (o.has("missingShards")) {
            List<JsonElement> m = array(o, "missingShards", "missingShards");
            for (int i = 0; i < m.size(); i++) {
                integer(m.get(i), "missingShards[" + i + "]", 1, Integer.MAX_VALUE);
            }
        }
        if (o.has("totals")) {
            JsonObject t = object(o.get("totals"), "totals");
            for (String name : t.keySet()) {
                integer(t, name, "totals." + name, 0, Long.MAX_VALUE);
            }
        }
    }

    private CaseResult caseResult(JsonObject c, String at) {
        for (String name : new String[] {"status", "replay"}) {
            if (c.has(name)) {
                string(c, name, at + name);
            }
        }
        return new CaseResult((int) integer(c, "position", at + "position", 0, Integer.MAX_VALUE),
                string(c, "id", at + "id"), string(c, "scenario", at + "scenario"),
                integer(c, "seed", at + "seed", Long.MIN_VALUE, Long.MAX_VALUE),
                (int) integer(c, "exitStatus", at + "exitStatus", 0, 255), optionalString(c, "message", at + "message"),
                integer(c, "cycles", at + "cycles", 0, Long.MAX_VALUE), number(c.get("wallSeconds"), at + "wallSeconds"),
                string(c, "outDir", at + "outDir"), optionalString(c, "options", at + "options"),
                optionalString(c, "environment", at + "environment"));
    }

    private RegressionId regression(JsonObject r) {
        Map<String, String> scenarios = new TreeMap<>();
        JsonObject s = object(r.get("scenarios"), "regression.scenarios");
        for (String name : s.keySet()) {
            scenarios.put(name, string(s, name, "regression.scenarios." + name));
        }
        return new RegressionId((int) integer(r, "seeds", "regression.seeds", 1, Integer.MAX_VALUE),
                integer(r, "firstSeed", "regression.firstSeed", Long.MIN_VALUE, Long.MAX_VALUE),
                string(r, "options", "regression.options"), scenarios, string(r, "build", "regression.build"),
                (int) integer(r, "cases", "regression.cases", 0, Integer.MAX_VALUE));
    }

    private IllegalArgumentException bad(String field, String expected, JsonElement got) {
        return new IllegalArgumentException(file + ": " + field + ": expected " + expected + ", got "
                + (got == null ? "nothing (the field is missing)" : shorten(got.toString())));
    }

    private JsonObject object(JsonElement e, String field) {
        if (e == null || !e.isJsonObject()) {
            throw bad(field, "an object", e);
        }
        return e.getAsJsonObject();
    }

    private List<JsonElement> array(JsonObject o, String name, String field) {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonArray()) {
            throw bad(field, "an array", e);
        }
        return e.getAsJsonArray().asList();
    }

    private long integer(JsonObject o, String name, String field, long min, long max) {
        return integer(o.get(name), field, min, max);
    }

    private long integer(JsonElement e, String field, long min, long max) {
        long v;
        try {
            v = primitive(e).filter(JsonPrimitive::isNumber).orElseThrow().getAsBigDecimal().longValueExact();
        } catch (RuntimeException notAnInteger) {
            throw bad(field, "an integer", e);
        }
        if (v < min || v > max) {
            throw bad(field, "an integer in " + min + ".." + max, e);
        }
        return v;
    }

    private double number(JsonElement e, String field) {
        BigDecimal v = primitive(e).filter(JsonPrimitive::isNumber).map(JsonPrimitive::getAsBigDecimal).orElse(null);
        if (v == null || v.signum() < 0 || Double.isInfinite(v.doubleValue())) {
            throw bad(field, "a number of seconds", e);
        }
        return v.doubleValue();
    }

    private boolean bool(JsonElement e, String field) {
        return primitive(e).filter(JsonPrimitive::isBoolean).orElseThrow(() -> bad(field, "true or false", e))
                .getAsBoolean();
    }

    private String string(JsonObject o, String name, String field) {
        JsonElement e = o.get(name);
        return primitive(e).filter(JsonPrimitive::isString).orElseThrow(() -> bad(field, "a string", e)).getAsString();
    }

    /** A string field an older nicsim may not have written: absent or null reads as "". */
    private String optionalString(JsonObject o, String name, String field) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? "" : string(o, name, field);
    }

    private static Optional<JsonPrimitive> primitive(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? Optional.of(e.getAsJsonPrimitive()) : Optional.empty();
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
