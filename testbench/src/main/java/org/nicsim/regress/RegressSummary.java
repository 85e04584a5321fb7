package org.nicsim.regress;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.nicsim.report.AtomicFiles;

/**
 * {@code summary.json} of a regression or of one shard: which shards it covers, the totals and
 * one entry per case in case order. {@link #merge} combines shard summaries into the summary of
 * the whole regression, naming shards that are missing.
 *
 * @param shardCount  n of the {@code i/n} shards this regression was cut into
 * @param shards      the shard indices (1-based) whose cases this summary holds
 * @param wallSeconds wall time (of the slowest shard, for a merge)
 * @param cases       results in case order
 * @param merged      made by {@link #merge}: stands for the whole regression, so a shard it lacks
 *                    is missing (a single shard's summary stands for its own cases only)
 * @param regression  what the regression ran (its id), or null in a summary an older nicsim wrote
 * @param coverageFailure why coverage fails the command (below the baseline, not closed), or ""
 */
public record RegressSummary(int shardCount, List<Integer> shards, double wallSeconds, List<CaseResult> cases,
                             boolean merged, RegressionId regression, String coverageFailure) {
    public static final String FILE = "summary.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public RegressSummary {
        shards = List.copyOf(new TreeSet<>(shards));
        cases = cases.stream().sorted(Comparator.comparingInt(CaseResult::position)).toList();
        coverageFailure = coverageFailure == null ? "" : coverageFailure;
    }

    public RegressSummary(int shardCount, List<Integer> shards, double wallSeconds, List<CaseResult> cases,
                          boolean merged, RegressionId regression) {
        this(shardCount, shards, wallSeconds, cases, merged, regression, "");
    }

    public RegressSummary(int shardCount, List<Integer> shards, double wallSeconds, List<CaseResult> cases,
                          boolean merged) {
        this(shardCount, shards, wallSeconds, cases, merged, null);
    }

    /** This summary with the coverage verdict: "" when coverage holds, else why it fails the command. */
    public RegressSummary withCoverageFailure(String failure) {
        return new RegressSummary(shardCount, shards, wallSeconds, cases, merged, regression, failure);
    }

    /** Shards of 1..shardCount a merged summary lacks (empty for a complete regression or one shard). */
    public List<Integer> missingShards() {
        List<Integer> m = new ArrayList<>();
        if (!merged) {
            return m;
        }
        for (int i = 1; i <= shardCount; i++) {
            if (!shards.contains(i)) {
                m.add(i);
            }
        }
        return m;
    }

    public long count(String status) {
        return cases.stream().filter(c -> c.status().equals(status)).count();
    }

    /**
     * The exit status the whole stands for: 3 if a simulation failed or a shard is missing (a
     * nightly must not pass with part of it gone), else 2 for a bad input, 1 for a failed check or
     * a coverage failure, 0; 130 for a shard stopped by a signal, 3 for a merge holding one.
     */
    public int exitStatus() {
        int worst = coverageFailure.isEmpty() ? 0 : 1;
        for (CaseResult c : cases) {
            worst = Math.max(worst, c.exitStatus());
        }
        if (worst == CaseResult.INTERRUPTED && merged) {
            return 3;
        }
        return missingShards().isEmpty() ? worst : Math.max(worst, 3);
    }

    /** passed, failed, interrupted or error: what summary.json's status says. */
    public String status() {
        int e = exitStatus();
        return count("interrupted") > 0 ? "interrupted" : e == 0 ? "passed" : e == 1 ? "failed" : "error";
    }

    public String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("status", status());
        o.addProperty("exitStatus", exitStatus());
        o.addProperty("merged", merged);
        o.addProperty("shardCount", shardCount);
        o.add("shards", GSON.toJsonTree(shards));
        o.add("missingShards", GSON.toJsonTree(missingShards()));
        if (regression != null) {
            JsonObject id = GSON.toJsonTree(regression).getAsJsonObject();
            id.addProperty("id", regression.id());
            o.add("regression", id);
        }
        JsonObject totals = new JsonObject();
        totals.addProperty("cases", cases.size());
        for (String s : List.of("passed", "failed", "bad-input", "interrupted", "error")) {
            totals.addProperty(s, count(s));
        }
        o.add("totals", totals);
        if (!coverageFailure.isEmpty()) {
            o.addProperty("coverageFailure", coverageFailure);
        }
        o.addProperty("wallSeconds", wallSeconds);
        JsonArray a = new JsonArray();
        for (CaseResult c : cases) {
            JsonObject j = GSON.toJsonTree(c).getAsJsonObject();
            j.addProperty("status", c.status());
            j.addProperty("replay", c.replay());
            a.add(j);
        }
        o.add("cases", a);
        return GSON.toJson(o) + "\n";
    }

    /** Writes {@code dir/summary.json} whole or not at all ({@link AtomicFiles}). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve(FILE), toJson());
    }

    /**
     * Reads {@code dir/summary.json}.
     *
     * @throws IllegalArgumentException naming the file when it is missing or not a summary
     */
    public static RegressSummary read(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(f + ": no regression summary here (did that shard run?)");
        }
        return SummaryReader.read(f);
    }

    /**
     * Combines shard summaries.
     *
     * @throws IllegalArgumentException when they were cut differently or overlap
     */
    public static RegressSummary merge(List<RegressSummary> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        int n = parts.get(0).shardCount();
        List<Integer> shards = new ArrayList<>();
        List<CaseResult> cases = new ArrayList<>();
        TreeSet<Integer> positions = new TreeSet<>();
        double wall = 0;
        for (RegressSummary p : parts) {
            if (p.shardCount() != n) {
                throw new IllegalArgumentException("shards of different cuts: " + n + " and " + p.shardCount() + " shards");
            }
            for (int s : p.shards()) {
                if (shards.contains(s)) {
                    throw new IllegalArgumentException("shard " + s + "/" + n + " is given twice");
                }
                shards.add(s);
            }
            for (CaseResult c : p.cases()) {
                if (!positions.add(c.position())) {
                    throw new IllegalArgumentException("case " + c.id() + " appears in two shards");
                }
                cases.add(c);
            }
            wall = Math.max(wall, p.wallSeconds());
        }
        return new RegressSummary(n, shards, wall, cases, true, parts.get(0).regression());
    }
}
