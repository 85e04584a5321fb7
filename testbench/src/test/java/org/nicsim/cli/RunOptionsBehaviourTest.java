package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smaller promises of the command line: the stall budget is a scenario field and option that
 * report.json records and replay repeats; warnings for runs that prove little; --version; the
 * command list; a replay command that pastes from anywhere.
 */
class RunOptionsBehaviourTest {
    @TempDir
    Path tmp;

    @Test
    void theStallBudgetIsAnOptionRecordedInTheReportAndRepeatedByReplay() {
        Path out = tmp.resolve("stall");
        assertEquals(0, Cli.run("run", "--packets", "5", "--stall-cycles", "5000", "--out", out.toString()).status());
        JsonObject scenario = Cli.json(out.resolve("report.json")).getAsJsonObject("scenario");
        assertEquals(5000, scenario.get("stallCycles").getAsLong());
        Path again = tmp.resolve("replay");
        Cli.Result r = Cli.run("replay", out.resolve("report.json").toString(), "--out", again.toString());
        assertEquals(0, r.status(), r.toString());
        assertEquals(5000, Cli.json(again.resolve("report.json")).getAsJsonObject("scenario").get("stallCycles").getAsLong());
    }

    @Test
    void aBadStallPropertyIsAUsageErrorWithoutAStackTrace() {
        Cli.Result r = Cli.runWithProperty("nicsim.stallCycles", "lots", "run", "--packets", "5", "--out",
                tmp.resolve("bad").toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("nicsim.stallCycles"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aReconfigurationThatNeverFiresIsAWarningAndFailsUnderStrict() {
        Path out = tmp.resolve("reconf");
        Cli.Result r = Cli.run("run", Cli.scenario("reta-reprogram.json").toString(), "--packets", "10", "--out",
                out.toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(Cli.json(out.resolve("report.json")).getAsJsonArray("warnings").toString().contains("never fired"));
        assertEquals(1, Cli.run("run", Cli.scenario("reta-reprogram.json").toString(), "--packets", "10", "--strict",
                "--out", out.toString()).status());
    }

    @Test
    void aRunThatCheckedNothingIsAWarning() {
        Path out = tmp.resolve("nothing");
        assertEquals(0, Cli.run("run", "--packets", "0", "--out", out.toString()).status());
        assertTrue(Cli.json(out.resolve("report.json")).getAsJsonArray("warnings").toString().contains("checked nothing"));
    }

    @Test
    void versionNamesNicsimVerilatorAndJava() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("nicsim "), r.out());
        assertTrue(r.out().contains("Java "), r.out());
    }

    @Test
    void theUnknownCommandListNamesTestAndBuild() {
        Cli.Result r = Cli.run("tset");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("test, build"), r.err());
    }

    @Test
    void aDeviceAsScenarioIsRefusedAtTheSizeCap() {
        Cli.Result r = Cli.run("run", "/dev/zero", "--out", tmp.resolve("zero").toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("/dev/zero: cannot read: larger than"), r.err());
    }

    @Test
    void thePrintedReplayCommandIsAbsoluteAndQuoted() throws IOException {
        Path out = tmp.resolve("with space");
        Cli.Result r = Cli.run("run", "--packets", "5", "--strict", "--set", "traffic.packets=0", "--out", out.toString());
        assertEquals(1, r.status(), r.toString());
        String summary = Files.readString(out.resolve("summary.txt"));
        assertTrue(summary.contains(" replay '" + out.toAbsolutePath().normalize() + "/report.json'"), summary);
    }
}
