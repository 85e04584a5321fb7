package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.report.OutputRun;

/**
 * An output folder re-used by a different command: the new command removes whatever any nicsim
 * command left there, keeps the user's own files, and stops before running when an earlier
 * verdict cannot be removed.
 */
class OutputFolderReuseTest {
    @TempDir
    Path tmp;

    private static void run(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
    }

    private Path sweep(Path out) {
        run("sweep", Cli.scenario("default.json").toString(), "--param", "seed=1,2", "--packets", "5", "--out",
                out.toString(), "-q");
        assertTrue(Files.isDirectory(out.resolve("01-seed=1")));
        return out;
    }

    /** What a regression leaves, written by hand: a real one costs a regression. */
    private Path earlierRegression(Path out) throws IOException {
        Files.createDirectories(out.resolve("cases").resolve("old-1"));
        Files.writeString(out.resolve("cases").resolve("old-1").resolve("report.json"), "{}");
        Files.writeString(out.resolve("summary.json"), "{\"status\":\"passed\"}");
        Files.writeString(out.resolve("coverage.html"), "old");
        return out;
    }

    @Test
    void aRunRemovesTheTablesAndValueFoldersOfAnEarlierSweep() {
        Path out = sweep(tmp.resolve("sweep"));
        run("run", "--packets", "5", "--out", out.toString(), "-q");
        for (String gone : List.of("sweep.csv", "sweep.html", "01-seed=1", "02-seed=2")) {
            assertFalse(Files.exists(out.resolve(gone)), gone);
        }
        assertTrue(Files.isRegularFile(out.resolve("report.json")));
    }

    @Test
    void aRunRemovesTheSummaryCasesAndCoverageOfAnEarlierRegression() throws IOException {
        Path out = earlierRegression(tmp.resolve("regress"));
        run("run", "--packets", "5", "--out", out.toString(), "-q");
        for (String gone : List.of("summary.json", "cases", "coverage.html")) {
            assertFalse(Files.exists(out.resolve(gone)), gone);
        }
    }

    @Test
    void aSweepRemovesTheReportAndPerFrameFilesOfAnEarlierRun() {
        Path out = tmp.resolve("run");
        run("run", "--packets", "5", "--out", out.toString(), "-q");
        sweep(out);
        for (String gone : List.of("report.json", "report.html", "summary.txt", "junit.xml", "packets.jsonl",
                "doorbells.jsonl", "tx.pcap")) {
            assertFalse(Files.exists(out.resolve(gone)), gone);
        }
    }

    @Test
    void aRegressionRemovesTheReportOfAnEarlierRun() throws IOException {
        Path out = tmp.resolve("run-then-regress");
        run("run", "--packets", "5", "--out", out.toString(), "-q");
        Path scenarios = tmp.resolve("scenarios");
        Files.createDirectories(scenarios);
        Files.writeString(scenarios.resolve("b.json"), "{\"name\": \"b\"}");
        run("regress", "--scenarios", scenarios.toString(), "--seeds", "1", "--packets", "5", "--out", out.toString());
        assertFalse(Files.exists(out.resolve("report.json")));
        assertFalse(Files.exists(out.resolve("packets.jsonl")));
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
    }

    @Test
    void aMergeRemovesTheCasesOfAnEarlierRegression() throws IOException {
        Path scenarios = tmp.resolve("scenarios");
        Files.createDirectories(scenarios);
        Files.writeString(scenarios.resolve("b.json"), "{\"name\": \"b\"}");
        Path shard = tmp.resolve("shard");
        run("regress", "--scenarios", scenarios.toString(), "--seeds", "1", "--packets", "5", "--out", shard.toString());
        Path out = earlierRegression(tmp.resolve("merged"));
        run("merge", out.toString(), shard.toString());
        assertFalse(Files.exists(out.resolve("cases")));
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
    }

    @Test
    void theUsersOwnFilesAndFoldersStay() throws IOException {
        Path out = sweep(tmp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.createDirectories(out.resolve("01-draft"));   // named like a sweep value, but not nicsim's
        Files.writeString(out.resolve("01-draft").resolve("plan.txt"), "mine");
        run("run", "--packets", "5", "--out", out.toString(), "-q");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals("mine", Files.readString(out.resolve("01-draft").resolve("plan.txt")));
    }

    @Test
    void aRunKeepsAnotherRunsFolderAndTheUsersClosureFolderInside() throws IOException {
        Path out = tmp.resolve("outer");
        Path nested = out.resolve("01-baseline");   // a run of its own, named like a sweep value
        run("run", "--packets", "5", "--out", nested.toString(), "-q");
        Files.createDirectories(out.resolve("closure"));
        Files.writeString(out.resolve("closure").resolve("README"), "mine");
        run("run", "--packets", "5", "--out", out.toString(), "-q");
        assertTrue(Files.isRegularFile(nested.resolve("report.json")), "the nested run stays");
        assertEquals("mine", Files.readString(out.resolve("closure").resolve("README")));
    }

    @Test
    void anEarlierReportThatCannotBeRemovedStopsTheRunBeforeItStartsLeavingTheEarlierRunWhole() throws IOException {
        Path out = tmp.resolve("stuck");
        run("run", "--packets", "5", "--out", out.toString(), "-q");
        byte[] packets = Files.readAllBytes(out.resolve("packets.jsonl"));
        // a non-empty folder where report.json stood: removing it fails on every platform, as root too
        Files.delete(out.resolve("report.json"));
        Files.createDirectories(out.resolve("report.json").resolve("inside"));
        Cli.Result r = Cli.run("run", "--packets", "7", "--seed", "3", "--out", out.toString(), "-q");
        assertEquals(ExitStatus.SIMULATION_FAILED, r.status(), r::toString);
        assertTrue(r.err().contains("cannot remove " + out.resolve("report.json")), r::toString);
        assertTrue(r.err().contains("nothing was run"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(r.out().contains("seed: 3"), "the run did not start");
        assertTrue(java.util.Arrays.equals(packets, Files.readAllBytes(out.resolve("packets.jsonl"))));
        assertTrue(Files.isRegularFile(out.resolve("summary.txt")), "the earlier run is left whole");
        assertFalse(Files.exists(out.resolve(OutputRun.RUNNING)));
    }

    @Test
    void anOutputThatCannotBeRemovedAfterTheReportLeavesNoPassingReport() throws IOException {
        Path out = tmp.resolve("half");
        run("run", "--packets", "5", "--out", out.toString(), "-q");
        Files.delete(out.resolve("tx.pcap"));
        Files.createDirectories(out.resolve("tx.pcap").resolve("inside"));
        Cli.Result r = Cli.run("run", "--packets", "5", "--out", out.toString(), "-q");
        assertEquals(ExitStatus.SIMULATION_FAILED, r.status(), r::toString);
        assertTrue(r.err().contains("cannot remove " + out.resolve("tx.pcap")), r::toString);
        assertFalse(Files.exists(out.resolve("report.json")), "no earlier verdict beside a partly removed run");
    }
}
