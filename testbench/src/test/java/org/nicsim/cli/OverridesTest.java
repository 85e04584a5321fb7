package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --set, --seed, --packets and --wave change the scenario as run, and report.json shows it. */
class OverridesTest {
    @TempDir
    Path tmp;

    private JsonObject scenarioAsRun(String... options) {
        Path out = tmp.resolve("out");
        String[] args = new String[options.length + 6];
        args[0] = "run";
        args[1] = Cli.scenario("default.json").toString();
        System.arraycopy(options, 0, args, 2, options.length);
        args[options.length + 2] = "--out";
        args[options.length + 3] = out.toString();
        args[options.length + 4] = "--packets";
        args[options.length + 5] = "100";
        Cli.Result r = Cli.run(args);
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        return Cli.json(out.resolve("report.json")).getAsJsonObject("scenario");
    }

    @Test
    void setOverridesAreInTheScenarioAsRun() {
        JsonObject s = scenarioAsRun("--set", "netisr.policy=FLOW", "--set", "ifq.stageCntMax=8", "--set", "rxBuffers=64");
        assertEquals("FLOW", s.getAsJsonObject("netisr").get("policy").getAsString());
        assertEquals(8, s.getAsJsonObject("ifq").get("stageCntMax").getAsInt());
        assertEquals(64, s.get("rxBuffers").getAsInt());
    }

    @Test
    void theLaterOfTwoSetsOnOnePathWins() {
        JsonObject s = scenarioAsRun("--set", "ifq.stageCntMax=2", "--set", "ifq.stageCntMax=16");
        assertEquals(16, s.getAsJsonObject("ifq").get("stageCntMax").getAsInt());
    }

    @Test
    void seedPacketsAndWaveOptionsAreScenarioFields() {
        JsonObject s = scenarioAsRun("--seed", "-7", "--wave", "window:100-200");
        assertEquals(-7, s.get("seed").getAsLong());
        assertEquals(100, s.getAsJsonObject("traffic").get("packets").getAsLong());
        assertEquals("window:100-200", s.get("wave").getAsString());
    }

    @Test
    void defaultOutputFolderIsNamedForScenarioAndSeed() {
        assertEquals(Path.of("target", "nicsim", "default-9"), RunPlan.defaultOut(
                org.nicsim.scenario.ScenarioLoader.load(Cli.scenario("default.json"),
                        java.util.List.of(org.nicsim.scenario.FieldOverride.parse("seed=9")))));
    }
}
