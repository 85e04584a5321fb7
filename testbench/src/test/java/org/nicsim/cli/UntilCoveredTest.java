package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code regress --until-covered} on the real model, from a TCP/IPv4-only regression with a budget
 * of three generated cases: the generated cases hit bins the regression did not, the budget runs
 * out with bins unhit (exit 1, never a pass), the closure folder plus the regression reach the same
 * bins as everything that ran, and the same --seed generates the same scenarios.
 */
class UntilCoveredTest {
    static final int BUDGET = 3;

    @TempDir
    static Path tmp;
    static Path narrowDir;
    static Path out;
    static Cli.Result result;

    @BeforeAll
    static void closeFromANarrowRegression() throws IOException {
        narrowDir = tmp.resolve("narrow");
        Files.createDirectories(narrowDir);
        JsonObject s = Cli.json(Cli.scenario("default.json"));
        JsonObject mix = new JsonObject();
        mix.addProperty("tcp4", 1);
        s.getAsJsonObject("traffic").add("mix", mix);
        s.getAsJsonObject("traffic").addProperty("fragments", 0);
        s.getAsJsonObject("traffic").addProperty("malformed", 0);
        s.addProperty("name", "narrow");
        Files.writeString(narrowDir.resolve("narrow.json"), s.toString());
        out = tmp.resolve("out");
        result = untilCovered(out, "11");
    }

    private static Cli.Result untilCovered(Path to, String seed) {
        return Cli.run("regress", "--until-covered", "--budget", String.valueOf(BUDGET), "--seed", seed,
                "--scenarios", narrowDir.toString(), "--seeds", "1", "--packets", "300", "--jobs", "2",
                "--out", to.toString());
    }

    private static Set<String> hitBins(Path dir) {
        Set<String> hit = new HashSet<>();
        for (Map.Entry<String, Long> e : CoverageRunTest.hits(dir).entrySet()) {
            if (e.getValue() > 0) {
                hit.add(e.getKey());
            }
        }
        return hit;
    }

    @Test
    void aBudgetSpentWithBinsUnhitIsFailedInSummaryAndJunit() {
        JunitFile.assertCoverageFailed(out, "NOT CLOSED: budget spent with");
    }

    @Test
    void aBudgetSpentWithBinsUnhitIsNotAPass() {
        assertEquals(1, result.status(), result.toString());
        assertTrue(result.out().contains("NOT CLOSED: budget spent with"), result.out());
        JsonObject closure = Cli.json(out.resolve("closure.json"));
        assertEquals(BUDGET, closure.get("generated").getAsInt());
        assertFalse(closure.getAsJsonArray("unhit").isEmpty());
        for (JsonElement u : closure.getAsJsonArray("unhit")) {
            assertEquals(0L, CoverageRunTest.hits(out).get(u.getAsString()), u.getAsString());
        }
    }

    @Test
    void theGeneratedCasesHitBinsTheRegressionDidNot() {
        Set<String> narrow = hitBins(out.resolve("cases").resolve("narrow-1"));
        Set<String> all = hitBins(out);
        assertTrue(all.size() > narrow.size() + 5, "narrow " + narrow.size() + ", with generated " + all.size());
        assertEquals(1 + BUDGET, Cli.json(out.resolve("summary.json")).getAsJsonArray("cases").size());
    }

    @Test
    void theRegressionPlusTheClosureFolderReachTheSameCoverage() throws IOException {
        List<Path> closure;
        try (Stream<Path> files = Files.list(out.resolve("closure"))) {
            closure = files.toList();
        }
        assertFalse(closure.isEmpty());
        assertTrue(closure.size() <= BUDGET);
        Path again = tmp.resolve("again");
        Cli.Result r = Cli.run("regress", "--coverage", "--scenarios", narrowDir.toString(), "--seeds", "1",
                "--packets", "300", "--jobs", "2", "--closure", out.resolve("closure").toString(), "--out", again.toString());
        assertEquals(0, r.status(), r.toString());
        assertEquals(hitBins(out), hitBins(again));
    }

    @Test
    void closureCasesAreShardedWithTheOthersAndMergeBack() {
        Path s1 = tmp.resolve("shard1");
        Path s2 = tmp.resolve("shard2");
        for (String[] s : new String[][] {{"1/2", s1.toString()}, {"2/2", s2.toString()}}) {
            Cli.Result r = Cli.run("regress", "--coverage", "--scenarios", narrowDir.toString(), "--seeds", "1",
                    "--packets", "300", "--closure", out.resolve("closure").toString(), "--shard", s[0], "--out", s[1]);
            assertEquals(0, r.status(), r.toString());
        }
        Path merged = tmp.resolve("merged");
        Cli.Result m = Cli.run("merge", merged.toString(), s1.toString(), s2.toString());
        assertEquals(0, m.status(), m.toString());
        assertEquals(hitBins(out), hitBins(merged));
    }

    @Test
    void theSameSeedGeneratesTheSameScenarios() throws IOException {
        Path second = tmp.resolve("second");
        untilCovered(second, "11");
        for (int k = 1; k <= BUDGET; k++) {
            String f = String.format("closure-%03d.json", k);
            assertEquals(Files.readString(out.resolve("generated").resolve(f)),
                    Files.readString(second.resolve("generated").resolve(f)), f);
        }
    }

    @Test
    void aClosureCaseWithoutItsSeedIsBadInputNamingTheFile() throws IOException {
        Path bad = Files.createDirectories(tmp.resolve("bad-closure"));
        JsonObject s = Cli.json(Cli.scenario("default.json"));
        s.remove("seed");
        Files.writeString(bad.resolve("no-seed.json"), s.toString());
        Cli.Result r = Cli.run("regress", "--scenarios", narrowDir.toString(), "--seeds", "1", "--closure", bad.toString(),
                "--out", tmp.resolve("y").toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("no-seed.json: seed:"), r.err());
    }

    @Test
    void budgetAndSeedBelongToUntilCovered() {
        Cli.Result r = Cli.run("regress", "--budget", "3", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("--budget belongs to --until-covered"), r.err());
    }
}
