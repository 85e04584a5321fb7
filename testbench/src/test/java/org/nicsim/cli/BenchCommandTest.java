package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code ./nicsim bench}: wired into the command line, usage errors exit 2. */
class BenchCommandTest {
    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("bench", "--frob");
        assertEquals(ExitStatus.BAD_INPUT, r.status(), r::toString);
        assertTrue(r.err().contains("unknown option --frob"), r::toString);
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
}
