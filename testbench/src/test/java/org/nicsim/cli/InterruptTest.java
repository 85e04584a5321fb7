package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.report.OutputRun;

/**
 * SIGINT and SIGTERM, sent for real to a nicsim process: the run stops, says "interrupted" in
 * every report, leaves whole records and no half-written waveform, and exits 128 + the signal; an
 * interrupted regression never leaves an older green summary behind for merge to pass.
 */
class InterruptTest {
    @TempDir
    Path tmp;

    /** Long enough that the signal always arrives mid-run. */
    private static final String MANY = "400000";

    @Test
    void sigintStopsARunWithReportsThatSayInterruptedAndExit130() throws IOException {
        Path out = tmp.resolve("run");
        CliProcess p = CliProcess.start("run", "--packets", MANY, "--wave", "on", "--out", out.toString(), "-q");
        p.awaitLine("seed:");
        p.signal("INT");
        Cli.Result r = p.finish();

        assertEquals(130, r.status(), r.toString());
        JsonObject report = Cli.json(out.resolve("report.json"));
        assertEquals("interrupted", report.get("status").getAsString());
        assertEquals("interrupted", report.getAsJsonObject("error").get("kind").getAsString());
        assertTrue(Files.readString(out.resolve("junit.xml")).contains("type=\"interrupted\""), "junit: an error");
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("INTERRUPTED"));
        for (String line : Cli.lines(out.resolve("packets.jsonl"))) {
            JsonParser.parseString(line).getAsJsonObject();   // every record whole
        }
        for (String gone : List.of("wave.fst", "wave.fst.hier", "wave.gtkw", OutputRun.RUNNING)) {
            assertFalse(Files.exists(out.resolve(gone)), gone + " left behind");
        }
    }

    @Test
    void anInterruptedRunsReportCountsTheFramesItInjectedNotThoseItWasToInject() {
        Path out = tmp.resolve("count");
        CliProcess p = CliProcess.start("run", "--packets", MANY, "--out", out.toString(), "-q");
        p.awaitLine("seed:");
        p.signal("INT");
        assertEquals(130, p.finish().status());
        JsonObject report = Cli.json(out.resolve("report.json"));
        long frames = report.getAsJsonObject("input").get("frames").getAsLong();
        assertTrue(frames < Long.parseLong(MANY), "frames " + frames);
        assertTrue(frames >= Cli.lines(out.resolve("packets.jsonl")).size(), "every finished frame was injected");
        assertEquals(Long.parseLong(MANY), report.getAsJsonObject("scenario").getAsJsonObject("traffic").get("packets")
                .getAsLong(), "the scenario still says what the run was to inject");
    }

    @Test
    void sigtermOfARegressionLeavesNoOlderGreenSummaryAndMergeFails() throws IOException {
        Path scenarios = tmp.resolve("scenarios");
        Files.createDirectories(scenarios);
        Files.writeString(scenarios.resolve("a.json"), "{\"name\": \"a\"}");
        Path shard = tmp.resolve("shard");
        assertEquals(0, Cli.run("regress", "--scenarios", scenarios.toString(), "--seeds", "1", "--packets", "20",
                "--out", shard.toString()).status());

        CliProcess p = CliProcess.start("regress", "--scenarios", scenarios.toString(), "--seeds", "2", "--packets", MANY,
                "--jobs", "1", "--out", shard.toString());
        p.awaitLine("regress:");
        p.signal("TERM");
        Cli.Result r = p.finish();

        assertEquals(143, r.status(), r.toString());
        JsonObject summary = Cli.json(shard.resolve("summary.json"));
        assertEquals("interrupted", summary.get("status").getAsString());
        assertEquals(2, summary.getAsJsonObject("totals").get("interrupted").getAsInt());
        Cli.Result merge = Cli.run("merge", tmp.resolve("merged").toString(), shard.toString());
        assertEquals(3, merge.status(), merge.toString());
    }
}
