package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help texts and the demo command. */
class CommandsTest {
    @TempDir
    Path tmp;

    @Test
    void helpListsEveryCommand() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.status());
        for (Command c : Main.COMMANDS) {
            assertTrue(r.out().contains(c.name()), c.name());
        }
    }

    @Test
    void runHelpDescribesEveryOptionAndTheExitStatuses() {
        Cli.Result r = Cli.run("run", "--help");
        assertEquals(0, r.status());
        for (String o : new String[] {"--pcap", "--seed", "--packets", "--out", "--wave", "--quiet", "--set"}) {
            assertTrue(r.out().contains(o), o);
        }
        assertTrue(r.out().contains("exit status: 0"));
    }

    @Test
    void everyCommandHasHelp() {
        for (Command c : Main.COMMANDS) {
            Cli.Result r = Cli.run(c.name(), "-h");
            assertEquals(0, r.status(), c.name());
            assertTrue(r.out().startsWith("usage: ./nicsim " + c.name()), r::toString);
            assertEquals(r.out(), Cli.run("help", c.name()).out());
        }
    }

    @Test
    void demoRunsTheShippedDefaultScenario() {
        Path out = tmp.resolve("demo");
        Cli.Result r = Cli.run("demo", "--packets", "100", "--out", out.toString());
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertTrue(r.out().contains("nicsim: default (seed 1): PASSED"), r::toString);
        assertEquals("default", Cli.json(out.resolve("report.json")).getAsJsonObject("scenario").get("name").getAsString());
    }

    @Test
    void runWithoutAScenarioUsesTheBuiltInDefaults() {
        Path out = tmp.resolve("defaults");
        Cli.Result r = Cli.run("run", "--packets", "50", "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertEquals("seed: 1\nnicsim: default (seed 1): passed -> " + out + "\n", r.out());
    }
}
