package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nicsim replay REPORT.json}: re-runs exactly what the report describes, so the
 * replay's per-frame and per-doorbell records are byte-identical to the original's, and a waveform
 * can be added to a run that had none.
 */
class ReplayTest {
    @TempDir
    static Path tmp;
    static Path original;

    @BeforeAll
    static void runWithoutWaveform() {
        original = tmp.resolve("original");
        // flow-policy forwards, so the run has doorbells as well as frames
        Cli.Result r = Cli.run("run", Cli.scenario("flow-policy.json").toString(), "--packets", "300", "--seed", "9",
                "--out", original.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
    }

    private static void assertSameRecords(Path a, Path b) throws IOException {
        for (String f : new String[] {"packets.jsonl", "doorbells.jsonl"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void replayReproducesIdenticalPacketsAndDoorbells() throws IOException {
        Path out = tmp.resolve("replay");
        Cli.Result r = Cli.run("replay", original.resolve("report.json").toString(), "--out", out.toString());
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertSameRecords(original, out);
        assertTrue(Files.size(out.resolve("doorbells.jsonl")) > 0);
        assertTrue(r.out().contains("identical to the original run: packets.jsonl, doorbells.jsonl"), r::toString);
    }

    @Test
    void replayAddsAWaveformToARunThatHadNone() throws IOException {
        Path out = tmp.resolve("replay-wave");
        Cli.Result r = Cli.run("replay", original.resolve("report.json").toString(), "--wave", "window:2000-3000",
                "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertFalse(Files.exists(original.resolve("wave.fst")));
        assertTrue(Files.size(out.resolve("wave.fst")) > 0);
        assertTrue(Files.isRegularFile(out.resolve("wave.gtkw")));
        assertSameRecords(original, out);
        JsonObject wave = Cli.json(out.resolve("report.json")).getAsJsonObject("wave");
        assertEquals("window:2000-3000", wave.get("mode").getAsString());
        assertEquals(2000, wave.get("firstCycle").getAsLong());
        assertEquals(3000, wave.get("lastCycle").getAsLong());
    }

    @Test
    void replayOfAPcapRunReReadsTheCaptureFromItsRecordedPath() throws IOException {
        Path pcapRun = tmp.resolve("pcap-run");
        Path capture = original.resolve("tx.pcap");   // the frames the NIC sent: a real capture
        Cli.Result r = Cli.run("run", Cli.scenario("default.json").toString(), "--pcap", capture.toString(), "--out",
                pcapRun.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        JsonObject input = Cli.json(pcapRun.resolve("report.json")).getAsJsonObject("input");
        assertEquals(capture.toAbsolutePath().normalize().toString(), input.get("path").getAsString());
        Path out = tmp.resolve("pcap-replay");
        Cli.Result again = Cli.run("replay", pcapRun.resolve("report.json").toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, again.status(), again::toString);
        assertSameRecords(pcapRun, out);
        assertEquals(input, Cli.json(out.resolve("report.json")).getAsJsonObject("input"));
    }

    @Test
    void replayOfASelfTestRunRepeatsTheSelfTestAndFailsTheSameWay() throws IOException {
        Path failed = tmp.resolve("self-test");
        Cli.Result r = Cli.runWithProperty(ScoreboardSelfTest.MODEL_KEY, FailingCheckTest.SYMMETRIC_KEY, "run",
                Cli.scenario("default.json").toString(), "--packets", "150", "--out", failed.toString(), "--quiet");
        assertEquals(ExitStatus.CHECK_FAILED, r.status(), r::toString);
        Path out = tmp.resolve("self-test-replay");
        Cli.Result again = Cli.run("replay", failed.resolve("report.json").toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.CHECK_FAILED, again.status(), again::toString);
        assertSameRecords(failed, out);
        assertEquals(Cli.json(failed.resolve("report.json")).get("mismatches"),
                Cli.json(out.resolve("report.json")).get("mismatches"));
    }

    @Test
    void replayOfAStrictRunWithAWarningFailsTheSameWay() {
        Path strict = tmp.resolve("strict");
        Path capture = CaptureWarningCorpusTest.CORPUS.resolve("snaplen-96.pcap");   // records cut short: a warning
        Cli.Result r = Cli.run("run", "--pcap", capture.toString(), "--strict", "--out", strict.toString(), "--quiet");
        assertEquals(ExitStatus.CHECK_FAILED, r.status(), r::toString);
        Path out = tmp.resolve("strict-replay");
        Cli.Result again = Cli.run("replay", strict.resolve("report.json").toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.CHECK_FAILED, again.status(), again::toString);
        JsonObject report = Cli.json(out.resolve("report.json"));
        assertEquals("failed", report.get("status").getAsString());
        assertTrue(report.get("strict").getAsBoolean());
    }

    @Test
    void replayRejectsStrictBecauseItComesFromTheReport() {
        Cli.Result r = Cli.run("replay", original.resolve("report.json").toString(), "--strict");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains("only --wave, --coverage, --rtl-coverage, --out and --quiet apply"), r::toString);
    }

    @Test
    void replayMeasuresCoverageWhenAskedWithoutChangingTheRun() {
        Path out = tmp.resolve("coverage-replay");
        Cli.Result r = Cli.run("replay", original.resolve("report.json").toString(), "--coverage", "--out",
                out.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertTrue(Files.isRegularFile(out.resolve("coverage.json")), r::toString);
    }

    @Test
    void replayRejectsOptionsThatWouldChangeTheRun() {
        Cli.Result r = Cli.run("replay", original.resolve("report.json").toString(), "--seed", "3");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains("only --wave, --coverage, --rtl-coverage, --out and --quiet apply"), r::toString);
    }

    @Test
    void replayOfAFileThatIsNotAReportNamesTheFileAndTheField() throws IOException {
        Path bogus = tmp.resolve("bogus.json");
        Files.writeString(bogus, "{\"format\":1,\"seed\":1,\"scenario\":{}}");
        Cli.Result r = Cli.run("replay", bogus.toString());
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains(bogus.toString()) && r.err().contains("'input'"), r::toString);
    }

    @Test
    void replayOfAMissingReportIsBadInput() {
        Path missing = tmp.resolve("nowhere").resolve("report.json");
        Cli.Result r = Cli.run("replay", missing.toString());
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains(missing.toString()), r::toString);
    }
}
