package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.report.OutputLock;
import org.nicsim.report.OutputRun;

/**
 * An output folder holds exactly one run: a second command into a folder in use is refused
 * (exit 2) naming the holder; what an earlier run left is gone before a new one starts; a killed
 * holder leaves no lock; reports are never half-written.
 */
class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aRunIntoAFolderAnotherRunHoldsExits2NamingTheHolder() throws IOException {
        Path out = tmp.resolve("busy");
        try (OutputLock held = OutputLock.acquire(out, List.of("run", "other.json", "--seed", "2"))) {
            for (List<String> command : List.of(List.of("run", "--packets", "5", "--out", out.toString()),
                    List.of("regress", "--packets", "5", "--seeds", "1", "--out", out.toString()),
                    List.of("sweep", Cli.scenario("default.json").toString(), "--param", "seed=1,2", "--packets", "5",
                            "--out", out.toString()))) {
                Cli.Result r = Cli.run(command);
                assertEquals(2, r.status(), r.toString());
                assertTrue(r.err().contains("in use by pid " + ProcessHandle.current().pid()), r.err());
                assertTrue(r.err().contains("run other.json --seed 2"), r.err());
            }
        }
        assertFalse(Files.exists(out.resolve("report.json")), "the refused run wrote nothing");
    }

    @Test
    void aFolderThatCannotBeMadeIsExit3SayingSo() {
        Path out = Path.of("/proc/nicsim-no-such-folder/out");   // the kernel refuses it, even to root
        Cli.Result r = Cli.run("run", "--packets", "5", "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.SIMULATION_FAILED, r.status(), r::toString);
        assertTrue(r.err().startsWith("nicsim: cannot create the output folder " + out + ": "), r.err());
        assertTrue(r.err().contains("nothing was run"), r.err());
    }

    @Test
    void aKilledHolderLeavesNoLockBehind() throws IOException {
        Path out = tmp.resolve("after-kill");
        CliProcess p = CliProcess.start(0, Map.of(), List.of("run", "--packets", "400000", "--out", out.toString(), "-q"));
        p.awaitLine("seed:");
        assertEquals(2, Cli.run("run", "--packets", "5", "--out", out.toString()).status(), "held while it runs");
        p.signal("KILL");
        p.finish();
        assertTrue(Files.exists(out.resolve(OutputRun.RUNNING)), "a killed run is marked, not taken for finished");
        assertFalse(Files.exists(out.resolve("report.json")));
        Cli.Result r = Cli.run("run", "--packets", "5", "--out", out.toString());
        assertEquals(0, r.status(), r.toString());
        assertFalse(Files.exists(out.resolve(OutputRun.RUNNING)));
    }

    @Test
    void whatAnEarlierRunLeftIsRemovedBeforeTheRunStarts() throws IOException {
        Path out = tmp.resolve("reused");
        Files.createDirectories(out);
        Files.writeString(out.resolve("wave.fst"), "old");
        Files.writeString(out.resolve("wave.fst.hier"), "old");
        Files.writeString(out.resolve(".report.json.tmp"), "half");
        assertEquals(0, Cli.run("run", "--packets", "5", "--out", out.toString()).status());
        for (String gone : List.of("wave.fst", "wave.fst.hier", ".report.json.tmp")) {
            assertFalse(Files.exists(out.resolve(gone)), gone);
        }
    }

    @Test
    void aRegressionRemovesTheCasesAndSummaryOfAnEarlierOne() throws IOException {
        Path out = tmp.resolve("regress");
        Files.createDirectories(out.resolve("cases").resolve("old-1"));
        Files.writeString(out.resolve("summary.json"), "{\"status\":\"passed\"}");
        Path scenarios = tmp.resolve("scenarios");
        Files.createDirectories(scenarios);
        Files.writeString(scenarios.resolve("b.json"), "{\"name\": \"b\"}");
        assertEquals(0, Cli.run("regress", "--scenarios", scenarios.toString(), "--seeds", "1", "--packets", "5",
                "--out", out.toString()).status());
        assertFalse(Files.exists(out.resolve("cases").resolve("old-1")));
        assertTrue(Files.exists(out.resolve("cases").resolve("b-1").resolve("report.json")));
    }
}
