package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nicsim.report.OutputLock;

/**
 * merge combines shards of one regression only: a regression id (scenario contents, seeds,
 * options, build) ties them together, and every refusal is exit 2 saying what differs.
 */
class MergeValidationTest {
    @TempDir
    static Path tmp;
    static Path scenarios;
    static Path shard1;
    static Path shard2;

    @BeforeAll
    static void twoShardsOfOneRegression() throws IOException {
        scenarios = tmp.resolve("scenarios");
        Files.createDirectories(scenarios);
        Files.writeString(scenarios.resolve("a.json"), "{\"name\": \"a\"}");
        Files.writeString(scenarios.resolve("b.json"), "{\"name\": \"b\", \"cpus\": 2}");
        shard1 = regress("s1", "1/2", "10");
        shard2 = regress("s2", "2/2", "10");
    }

    private static Path regress(String name, String shard, String packets) {
        Path out = tmp.resolve(name);
        Cli.Result r = Cli.run("regress", "--scenarios", scenarios.toString(), "--seeds", "2", "--packets", packets,
                "--shard", shard, "--out", out.toString());
        assertEquals(0, r.status(), r.toString());
        return out;
    }

    @Test
    void shardsOfOneRegressionMergeIntoEveryCase() {
        Cli.Result r = Cli.run("merge", tmp.resolve("m-ok").toString(), shard1.toString(), shard2.toString());
        assertEquals(0, r.status(), r.toString());
        JsonObject s = Cli.json(tmp.resolve("m-ok").resolve("summary.json"));
        assertEquals(4, s.getAsJsonObject("totals").get("cases").getAsInt());
        assertEquals(Cli.json(shard1.resolve("summary.json")).getAsJsonObject("regression").get("id"),
                s.getAsJsonObject("regression").get("id"));
    }

    @Test
    void shardsRunWithOtherOptionsAreRefusedNamingTheOptions() {
        Path other = regress("s2-packets", "2/2", "12");
        Cli.Result r = Cli.run("merge", tmp.resolve("m-opt").toString(), shard1.toString(), other.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("options '--packets 10' vs '--packets 12'"), r.err());
    }

    @Test
    void shardsOfOtherSeedsAreRefused() {
        Path out = tmp.resolve("s2-seeds");
        assertEquals(0, Cli.run("regress", "--scenarios", scenarios.toString(), "--seeds", "2", "--first-seed", "5",
                "--packets", "10", "--shard", "2/2", "--out", out.toString()).status());
        Cli.Result r = Cli.run("merge", tmp.resolve("m-seed").toString(), shard1.toString(), out.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("seeds 1..2 vs 5..6"), r.err());
    }

    @Test
    void theSameShardTwiceIsRefused() {
        Cli.Result r = Cli.run("merge", tmp.resolve("m-twice").toString(), shard1.toString(), shard1.toString(),
                shard2.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("given twice"), r.err());
    }

    @Test
    void anOutputFolderThatIsOneOfTheShardsIsRefusedAndLeftAlone() throws IOException {
        String before = Files.readString(shard1.resolve("summary.json"));
        Cli.Result r = Cli.run("merge", shard1.toString(), shard1.toString(), shard2.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("is one of the shards"), r.err());
        assertEquals(before, Files.readString(shard1.resolve("summary.json")));
    }

    @Test
    void aMergeIntoAFolderAnotherCommandHoldsExits2() throws IOException {
        Path out = tmp.resolve("m-busy");
        try (OutputLock held = OutputLock.acquire(out, List.of("merge", "elsewhere"))) {
            Cli.Result r = Cli.run("merge", out.toString(), shard1.toString(), shard2.toString());
            assertEquals(2, r.status(), r.toString());
            assertTrue(r.err().contains("in use by pid"), r.err());
        }
    }

    @Test
    void aShardThatLostACaseIsRefusedNamingWhatIsMissing() throws IOException {
        Path cut = tmp.resolve("s2-cut");
        Files.createDirectories(cut);
        JsonObject s = Cli.json(shard2.resolve("summary.json"));
        JsonArray cases = s.getAsJsonArray("cases");
        cases.remove(cases.size() - 1);
        Files.writeString(cut.resolve("summary.json"), s.toString());
        Cli.Result r = Cli.run("merge", tmp.resolve("m-cut").toString(), shard1.toString(), cut.toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("missing 1"), r.err());
    }

    /** A shard's summary.json with one field replaced by {@code json}, in a folder of its own. */
    private static Path damaged(String name, String field, String json) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        JsonObject s = Cli.json(shard1.resolve("summary.json"));
        JsonObject owner = s;
        String[] path = field.split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            owner = path[i].equals("cases") ? s.getAsJsonArray("cases").get(0).getAsJsonObject()
                    : owner.getAsJsonObject(path[i]);
        }
        owner.add(path[path.length - 1], JsonParser.parseString(json));
        Files.writeString(dir.resolve("summary.json"), s.toString());
        return dir;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "shards       | \"x\"   | shards: expected an array, got \"x\"",
        "cases        | \"x\"   | cases: expected an array, got \"x\"",
        "shardCount   | \"two\" | shardCount: expected an integer, got \"two\"",
        "wallSeconds  | \"x\"   | wallSeconds: expected a number of seconds, got \"x\"",
        "regression   | []      | regression: expected an object, got []",
        "regression.scenarios | 3 | regression.scenarios: expected an object, got 3",
        "cases.seed   | 1.5     | cases[0].seed: expected an integer, got 1.5",
        "cases.outDir | null    | cases[0].outDir: expected a string, got null",
        "merged       | 1       | merged: expected true or false, got 1",
        "totals       | 3       | totals: expected an object, got 3",
        "status       | 0       | status: expected a string, got 0",
        "cases.replay | []      | cases[0].replay: expected a string, got []",
    })
    void aDamagedSummaryFieldExitsTwoNamingTheFileAndTheField(String field, String json, String message)
            throws IOException {
        Path bad = damaged("bad-" + field, field, json);
        Cli.Result r = Cli.run("merge", tmp.resolve("m-bad-" + field).toString(), bad.toString(), shard2.toString());
        assertEquals(2, r.status(), r.toString());
        assertEquals("nicsim: " + bad.resolve("summary.json") + ": " + message + "\n", r.err());
    }

    @Test
    void aSummaryThatIsNotJsonExitsTwoSayingWhere() throws IOException {
        Path bad = tmp.resolve("bad-json");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("summary.json"), "not json");
        Cli.Result r = Cli.run("merge", tmp.resolve("m-bad-json").toString(), bad.toString(), shard2.toString());
        assertEquals(2, r.status(), r.toString());
        assertEquals("nicsim: " + bad.resolve("summary.json") + ": not JSON (at line 1 column 6)\n", r.err());
    }
}
