package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./nicsim bench}: wired into the command line, usage errors exit 2, unwritable outputs exit 3. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("bench", "--frob");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains("unknown option --frob"), r::toString);
    }

    @Test
    void aUsageErrorIsOneMessageAndAPointerToTheHelp() {
        Cli.Result r = Cli.run("bench", "--modes", "9");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertEquals(2, r.err().strip().lines().count(), r::toString);
    }

    @Test
    void anOptionWhereAValueBelongsIsAMissingValue() {
        Cli.Result r = Cli.run("bench", "--modes", "--reps", "1");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains("--modes needs a value"), r::toString);
    }

    @Test
    void theEqualsFormIsTakenAsEverywhereElse() {
        Path file = tmp.resolve("frames.bin");
        Cli.Result r = Cli.run("bench", "--write-frames=" + file, "--traffic=64B");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertTrue(Files.isRegularFile(file), r::toString);
    }

    @Test
    @Tag("nightly")   // runs the benchmark itself: measured on a quiet machine, not in the default suite
    void shortRunPrintsTheTableAndTheRatio() {
        Cli.Result r = Cli.run("bench", "--modes", "2,3", "--traffic", "64B", "--frames", "200", "--warmup", "0",
                "--reps", "1");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertTrue(r.out().contains("| 2 nicsim bridge only | "), r::toString);
        assertTrue(r.out().contains("| 2/3 bridge only / C++ harness |"), r::toString);
    }

    @Test
    void aFrameFileInAMissingFolderIsExit3NamingIt() {
        Path file = tmp.resolve("missing").resolve("frames.bin");
        Cli.Result r = Cli.run("bench", "--write-frames", file.toString());
        assertEquals(ExitStatus.SIMULATION_FAILED, r.status(), r::toString);
        assertEquals("nicsim: cannot write " + file + ": no such file or directory\n", r.err(), r::toString);
    }

    @Test
    void aTemporaryFolderThatIsMissingIsExit3NamingTheScratchFile() {
        Path missing = tmp.resolve("missing");
        Cli.Result r = CliProcess.run(0, Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + missing),
                "bench", "--modes", "3", "--traffic", "64B", "--reps", "1", "--frames", "100");
        assertEquals(ExitStatus.SIMULATION_FAILED, r.status(), r::toString);
        assertTrue(r.out().contains("nicsim: cannot write " + missing.resolve("nicsim-bench-frames-"))
                && r.out().contains(".bin: no such file or directory\n"), r::toString);
        assertFalse(r.out().contains("internal error"), r::toString);
    }

    @Test
    void aFrameFileThatIsAFolderIsExit3WithTheSystemsReason() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("frames.bin"));
        Cli.Result r = Cli.run("bench", "--write-frames", dir.toString());
        assertEquals(ExitStatus.SIMULATION_FAILED, r.status(), r::toString);
        assertEquals("nicsim: cannot write " + dir + ": Is a directory\n", r.err(), r::toString);
    }
}
