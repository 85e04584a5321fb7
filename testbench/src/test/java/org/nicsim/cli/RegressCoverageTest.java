package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code regress --coverage} over two shards and {@code merge}: the merged hits are the sums of
 * the cases', each hit bin names the case that hit it first, and a baseline above what was reached
 * fails the merge.
 */
class RegressCoverageTest {
    @TempDir
    static Path tmp;
    static Path shard1;
    static Path shard2;

    @BeforeAll
    static void runTwoShards() {
        shard1 = tmp.resolve("s1");
        shard2 = tmp.resolve("s2");
        for (String[] s : new String[][] {{"1/2", shard1.toString()}, {"2/2", shard2.toString()}}) {
            Cli.Result r = Cli.run("regress", "--coverage", "--seeds", "1", "--packets", "200", "--jobs", "2",
                    "--shard", s[0], "--out", s[1]);
            assertEquals(0, r.status(), r.toString());
            assertTrue(r.out().contains("coverage: functional "), r.out());
        }
    }

    @Test
    void mergedHitsAreTheSumOfTheShards() {
        Cli.Result r = Cli.run("merge", tmp.resolve("all").toString(), shard1.toString(), shard2.toString());
        assertEquals(0, r.status(), r.toString());
        Map<String, Long> all = CoverageRunTest.hits(tmp.resolve("all"));
        Map<String, Long> a = CoverageRunTest.hits(shard1);
        Map<String, Long> b = CoverageRunTest.hits(shard2);
        all.forEach((bin, n) -> assertEquals(a.get(bin) + b.get(bin), n, bin));
        assertEquals(2, Cli.json(tmp.resolve("all").resolve("coverage.json")).get("sources").getAsInt());
    }

    @Test
    void everyHitBinNamesTheCaseThatHitItFirst() {
        JsonObject cov = Cli.json(shard1.resolve("coverage.json"));
        for (JsonElement p : cov.getAsJsonArray("coverpoints")) {
            for (JsonElement be : p.getAsJsonObject().getAsJsonArray("bins")) {
                JsonObject b = be.getAsJsonObject();
                assertEquals(b.get("hits").getAsLong() > 0, b.has("firstHitBy"), b.toString());
                if (b.has("firstHitBy")) {
                    String id = b.get("firstHitBy").getAsString();
                    assertTrue(Files.isDirectory(shard1.resolve("cases").resolve(id)), id);
                }
            }
        }
    }

    @Test
    void aBaselineAboveTheReachedCoverageFailsTheMerge() throws IOException {
        Path high = tmp.resolve("high.json");
        Files.writeString(high, "{\"functional\": 100}");
        Cli.Result r = Cli.run("merge", "--coverage-baseline", high.toString(), tmp.resolve("m1").toString(),
                shard1.toString(), shard2.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.out().contains("BELOW the baseline 100.0%"), r.out());
        Path low = tmp.resolve("low.json");
        Files.writeString(low, "{\"functional\": 1}");
        assertEquals(0, Cli.run("merge", "--coverage-baseline", low.toString(), tmp.resolve("m2").toString(),
                shard1.toString(), shard2.toString()).status());
    }

    @Test
    void aShardWithoutCoverageFailsABaselineMerge() throws IOException {
        Path low = tmp.resolve("low2.json");
        Files.writeString(low, "{\"functional\": 1}");
        Path lost = tmp.resolve("s2-lost");   // shard 2 of the same regression, its coverage.json gone
        try (Stream<Path> files = Files.walk(shard2)) {
            for (Path f : files.toList()) {
                Path to = lost.resolve(shard2.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.delete(lost.resolve("coverage.json"));
        Cli.Result r = Cli.run("merge", "--coverage-baseline", low.toString(), tmp.resolve("m3").toString(),
                shard1.toString(), lost.toString());
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.out().contains("without coverage"), r.out());
    }

    @Test
    void aShardRunWithoutCoverageIsAnotherRegression() {
        Path plain = tmp.resolve("plain");
        assertEquals(0, Cli.run("regress", "--seeds", "1", "--packets", "50", "--shard", "1/2", "--out", plain.toString())
                .status());
        Cli.Result r = Cli.run("merge", tmp.resolve("m4").toString(), plain.toString(), shard2.toString());
        assertEquals(2, r.status(), r.toString());
    }

    @Test
    void aMergeBelowTheBaselineIsFailedInSummaryAndJunit() throws IOException {
        Path high = tmp.resolve("high2.json");
        Files.writeString(high, "{\"functional\": 100}");
        Path out = tmp.resolve("m-red");
        Cli.Result r = Cli.run("merge", "--coverage-baseline", high.toString(), out.toString(), shard1.toString(),
                shard2.toString());
        assertEquals(1, r.status(), r.toString());
        JunitFile.assertCoverageFailed(out, "below the baseline 100.0%");
    }

    @Test
    void aRegressBelowTheBaselineIsFailedInSummaryAndJunit() throws IOException {
        Path dir = tmp.resolve("one");
        Files.createDirectories(dir);
        Files.copy(Cli.scenario("default.json"), dir.resolve("default.json"));
        Path high = tmp.resolve("high3.json");
        Files.writeString(high, "{\"functional\": 100}");
        Path out = tmp.resolve("r-red");
        Cli.Result r = Cli.run("regress", "--coverage", "--coverage-baseline", high.toString(), "--scenarios",
                dir.toString(), "--seeds", "1", "--packets", "100", "--out", out.toString());
        assertEquals(1, r.status(), r.toString());
        JunitFile.assertCoverageFailed(out, "below the baseline 100.0%");
    }

    @Test
    void aBaselineWithoutANumberIsExitTwoNamingTheFileAndTheField() throws IOException {
        Path bad = tmp.resolve("bad-baseline.json");
        Files.writeString(bad, "{\"functional\": \"x\"}");
        Cli.Result r = Cli.run("merge", "--coverage-baseline", bad.toString(), tmp.resolve("m-bad").toString(),
                shard1.toString(), shard2.toString());
        assertEquals(2, r.status(), r.toString());
        assertEquals("nicsim: " + bad + ": functional: expected a percentage 0..100 as {\"functional\": P}, got \"x\"\n",
                r.err());
    }
}
