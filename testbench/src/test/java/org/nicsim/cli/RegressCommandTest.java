package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.report.ShellWords;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * {@code nicsim regress} and {@code nicsim merge} on the real model: every scenario over N seeds,
 * one JUnit testcase each, shards that cover every case once and merge into the unsharded result.
 */
class RegressCommandTest {
    @TempDir
    Path tmp;
    Path scenarios;

    @BeforeEach
    void scenarios() throws IOException {
        scenarios = Files.createDirectory(tmp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("a-small.json"), "{\"name\":\"a\",\"queues\":2,\"cpus\":2,\"traffic\":{\"packets\":60}}");
        Files.writeString(scenarios.resolve("b-sink.json"), "{\"name\":\"b\",\"app\":\"sink\",\"traffic\":{\"packets\":60}}");
        Files.createDirectory(scenarios.resolve("bad"));   // sub-folders are not scenarios
        Files.writeString(scenarios.resolve("bad").resolve("x.json"), "{");
    }

    private Cli.Result regress(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("regress", "--scenarios", scenarios.toString(), "--seeds", "2",
                "--jobs", "2", "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args);
    }

    private static List<String> ids(Path out) {
        List<String> ids = new ArrayList<>();
        for (JsonElement c : Cli.json(out.resolve("summary.json")).getAsJsonArray("cases")) {
            ids.add(c.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }

    private static Document xml(Path f) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
    }

    @Test
    void everyScenarioRunsWithEverySeedAsOneJunitTestcase() throws Exception {
        Path out = tmp.resolve("out");
        Cli.Result r = regress(out);
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertEquals(List.of("a-small-1", "a-small-2", "b-sink-1", "b-sink-2"), ids(out));
        NodeList cases = xml(out.resolve("junit.xml")).getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        assertEquals("a-small", cases.item(0).getAttributes().getNamedItem("classname").getNodeValue());
        assertEquals("seed 2", cases.item(1).getAttributes().getNamedItem("name").getNodeValue());
        assertTrue(Files.isRegularFile(out.resolve("cases/b-sink-2/report.json")), "each case keeps its run's outputs");
    }

    @Test
    void shardsCoverEveryCaseOnceAndMergeIntoTheUnshardedResult() {
        Path all = tmp.resolve("all");
        regress(all);
        Path s1 = tmp.resolve("s1");
        Path s2 = tmp.resolve("s2");
        Cli.Result r1 = regress(s1, "--shard", "1/2");
        assertEquals(ExitStatus.PASSED, r1.status(), r1::toString);
        assertEquals(ExitStatus.PASSED, regress(s2, "--shard", "2/2").status());
        // case k belongs to shard k % n + 1
        assertEquals(List.of("a-small-1", "b-sink-1"), ids(s1));
        assertEquals(List.of("a-small-2", "b-sink-2"), ids(s2));
        Path merged = tmp.resolve("merged");
        Cli.Result m = Cli.run("merge", merged.toString(), s2.toString(), s1.toString());
        assertEquals(ExitStatus.PASSED, m.status(), m::toString);
        assertEquals(ids(all), ids(merged));
        JsonObject totals = Cli.json(merged.resolve("summary.json")).getAsJsonObject("totals");
        assertEquals(4, totals.get("passed").getAsInt());
    }

    @Test
    void aMissingShardMakesTheMergeExitThreeAndNamesIt() throws Exception {
        Path s1 = tmp.resolve("s1");
        regress(s1, "--shard", "1/3");
        Path merged = tmp.resolve("merged");
        Cli.Result m = Cli.run("merge", merged.toString(), s1.toString());
        assertEquals(ExitStatus.SIMULATION_FAILED, m.status(), m::toString);
        assertTrue(m.out().contains("missing shards [2, 3] of 3"), m::toString);
        assertTrue(xml(merged.resolve("junit.xml")).getElementsByTagName("error").getLength() == 1);
    }

    @Test
    void aFailingCheckFailsItsTestcaseAndTheRegressExitsOneWithTheReplayCommand() throws Exception {
        Path out = tmp.resolve("out");
        // the scoreboard self-test: the model gets another RSS key, so hashed frames mismatch
        Cli.Result r = Cli.runWithProperty(ScoreboardSelfTest.MODEL_KEY, "00".repeat(40), "regress", "--scenarios",
                scenarios.toString(), "--seeds", "1", "--jobs", "1", "--out", out.toString());
        assertEquals(ExitStatus.CHECK_FAILED, r.status(), r::toString);
        assertEquals(2, xml(out.resolve("junit.xml")).getElementsByTagName("failure").getLength());
        assertTrue(r.out().contains(ShellWords.launcher() + " run "
                + scenarios.resolve("a-small.json").toAbsolutePath().normalize() + " --seed 1"), r::toString);
    }

    @Test
    void theReplayOfACaseRunUnderTheScoreboardSelfTestRepeatsTheSelfTest() {
        Path out = tmp.resolve("out");
        String key = "35c3".repeat(20);
        Cli.runWithProperty(ScoreboardSelfTest.MODEL_KEY, key, "regress", "--scenarios", scenarios.toString(),
                "--seeds", "1", "--jobs", "1", "--out", out.toString());
        String replay = Cli.json(out.resolve("summary.json")).getAsJsonArray("cases").get(0).getAsJsonObject()
                .get("replay").getAsString();
        assertEquals("NICSIM_JAVA_OPTS=" + ShellWords.quote("-D" + ScoreboardSelfTest.MODEL_KEY + "=" + key) + " "
                + ShellWords.quote(ShellWords.launcher()) + " run "
                + ShellWords.quote(scenarios.resolve("a-small.json").toAbsolutePath().normalize().toString())
                + " --seed 1", replay);
    }

    @Test
    void aBadScenarioInTheFolderIsThatCaseOnlyAndExitsTwo() throws IOException {
        Files.writeString(scenarios.resolve("c-bad.json"), "{\"cpus\": 0}");
        Path out = tmp.resolve("out");
        Cli.Result r = regress(out, "--seeds", "1");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        JsonObject totals = Cli.json(out.resolve("summary.json")).getAsJsonObject("totals");
        assertEquals(2, totals.get("passed").getAsInt());
        assertEquals(1, totals.get("bad-input").getAsInt());
        assertTrue(r.out().contains("cpus: 0 is out of range"), r::toString);
    }

    @Test
    void aMalformedShardIsAUsageError() {
        Cli.Result r = regress(tmp.resolve("out"), "--shard", "3/2");
        assertEquals(ExitStatus.BAD_INPUT, r.status());
        assertTrue(r.err().contains("--shard: expected i/n with 1 <= i <= n, got 3/2"), r::toString);
    }

    @Test
    void aMergeWithAMissingShardCountsItsErrorInTheJunitTotals() {
        Path s1 = tmp.resolve("s1");
        regress(s1, "--shard", "1/2");
        Path merged = tmp.resolve("merged");
        Cli.run("merge", merged.toString(), s1.toString());
        JunitFile j = JunitFile.read(merged.resolve("junit.xml"));
        assertEquals(j.count("testcase"), j.root("tests"));
        assertEquals(j.count("error"), j.root("errors"));
        assertEquals(1, j.root("errors"));
    }

    @Test
    void aBadScenarioIsNamedOnStderr() throws IOException {
        Files.writeString(scenarios.resolve("c-bad.json"), "{\"cpus\": 0}");
        Cli.Result r = regress(tmp.resolve("out"), "--seeds", "1");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertEquals("nicsim: " + scenarios.resolve("c-bad.json") + ": cpus: 0 is out of range (allowed 1..64)\n",
                r.err());
    }

    @Test
    void aClosureFolderThatIsNotADirectoryIsNamedAsTheClosureFolder() {
        Path none = tmp.resolve("none");
        Cli.Result r = regress(tmp.resolve("out"), "--closure", none.toString());
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertEquals("nicsim: --closure " + none + ": not a directory\n", r.err());
    }

    @Test
    void anUnknownOptionGivenLastIsReportedAsUnknown() {
        Cli.Result r = regress(tmp.resolve("out"), "--bogus");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().startsWith("nicsim regress: unknown option '--bogus'\n"), r::toString);
    }
}
