package org.nicsim.cli;

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
 * Waveforms through the command line: a failing run with {@code --wave on-failure} leaves wave.fst
 * and wave.gtkw in its output folder, and the summary, report.json and report.html say where to
 * look (cycle and frame of the first mismatch).
 */
class WaveOutputsTest {
    @TempDir
    static Path tmp;
    static Path out;
    static Cli.Result result;
    static JsonObject report;

    @BeforeAll
    static void failingRunWithOnFailure() {
        out = tmp.resolve("fail");
        result = Cli.runWithProperty(ScoreboardSelfTest.MODEL_KEY, FailingCheckTest.SYMMETRIC_KEY, "run",
                Cli.scenario("default.json").toString(), "--packets", "200", "--wave", "on-failure", "--out",
                out.toString());
        report = Cli.json(out.resolve("report.json"));
    }

    @Test
    void theRunStillExitsOneAndLeavesBothWaveFiles() {
        assertEquals(ExitStatus.CHECK_FAILED, result.status(), result::toString);
        assertTrue(Files.isRegularFile(out.resolve("wave.fst")));
        assertTrue(Files.isRegularFile(out.resolve("wave.gtkw")));
    }

    @Test
    void reportJsonMarksTheFirstMismatchCycleAndFrame() {
        JsonObject first = report.getAsJsonArray("mismatches").get(0).getAsJsonObject();
        JsonObject wave = report.getAsJsonObject("wave");
        assertEquals("wave.fst", wave.get("fst").getAsString());
        assertEquals("wave.gtkw", wave.get("gtkw").getAsString());
        assertEquals(first.get("cycle").getAsLong(), wave.get("markerCycle").getAsLong());
        assertEquals(first.get("item").getAsLong(), wave.get("frame").getAsLong());
        assertTrue(wave.get("reproduced").getAsBoolean());
        assertTrue(wave.get("firstCycle").getAsLong() <= wave.get("frameInjectCycle").getAsLong());
    }

    @Test
    void reportHtmlLinksTheWaveformAndNamesCycleAndFrame() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        JsonObject wave = report.getAsJsonObject("wave");
        assertTrue(html.contains("<a href=\"wave.fst\">") && html.contains("<a href=\"wave.gtkw\">"), html);
        assertTrue(html.contains("cycle " + wave.get("markerCycle").getAsLong()), html);
        assertTrue(html.contains("<td>frame</td><td class=\"l\">" + wave.get("frame").getAsLong()), html);
    }

    @Test
    void theSummarySaysHowToOpenIt() {
        assertTrue(result.out().contains("gtkwave " + out.resolve("wave.gtkw")), result::toString);
    }

    @Test
    void aWaveformOfTheRunItselfClaimsNoReRun(@TempDir Path dir) {
        Cli.Result r = Cli.run("run", Cli.scenario("default.json").toString(), "--packets", "100", "--wave",
                "window:300-400", "--out", dir.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        JsonObject wave = Cli.json(dir.resolve("report.json")).getAsJsonObject("wave");
        assertEquals("window:300-400", wave.get("mode").getAsString());
        assertTrue(wave.has("reproduced") && wave.get("reproduced").isJsonNull(), wave::toString);
    }

    @Test
    void aPassingRunLeavesNoWaveFilesAndNoWaveSection(@TempDir Path dir) {
        Cli.Result r = Cli.run("run", Cli.scenario("default.json").toString(), "--packets", "100", "--wave",
                "on-failure", "--out", dir.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertFalse(Files.exists(dir.resolve("wave.fst")) || Files.exists(dir.resolve("wave.gtkw")));
        assertFalse(Cli.json(dir.resolve("report.json")).has("wave"));
    }
}
