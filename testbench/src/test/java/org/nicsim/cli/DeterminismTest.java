package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run is a function of scenario and seed: same seed, byte-identical per-frame outputs. */
class DeterminismTest {
    @TempDir
    Path tmp;

    private Path run(String name, long seed) {
        Path out = tmp.resolve(name);
        Cli.Result r = Cli.run("run", Cli.scenario("flow-policy.json").toString(), "--seed", String.valueOf(seed),
                "--packets", "300", "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        return out;
    }

    @Test
    void twoRunsWithOneSeedWriteIdenticalPacketsDoorbellsAndTxPcap() throws IOException {
        Path a = run("a", 42);
        Path b = run("b", 42);
        for (String f : new String[] {"packets.jsonl", "doorbells.jsonl", "tx.pcap"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void anotherSeedGivesOtherTraffic() throws IOException {
        Path a = run("a", 42);
        Path c = run("c", 43);
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("packets.jsonl")), Files.readAllBytes(c.resolve("packets.jsonl"))));
    }
}
