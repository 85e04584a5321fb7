package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.scenario.ScenarioLoader;

/** The committed closure set: valid scenarios that carry their seed, and with the shipped ones, 100 %. */
class ClosureSetTest {
    static final Path CLOSURE = Cli.SCENARIOS.resolve("closure");

    @TempDir
    Path tmp;

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(CLOSURE)) {
            return s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyClosureCaseIsAValidScenarioWithItsOwnSeed() throws IOException {
        assertFalse(files().isEmpty());
        for (Path f : files()) {
            JsonObject o = Cli.json(f);
            assertTrue(o.has("seed") && o.get("seed").getAsJsonPrimitive().isNumber(), f.toString());
            assertEquals(o.get("seed").getAsLong(), ScenarioLoader.load(f, List.of()).seed(), f.toString());
        }
    }

    @Test
    @Tag("nightly")
    void theShippedScenariosAndTheClosureSetHitEveryCountedBin() {
        Path out = tmp.resolve("closed");
        Path baseline = Cli.SCENARIOS.getParent().resolve("coverage-baseline.json");
        Cli.Result r = Cli.run("regress", "--coverage", "--strict", "--seeds", "2", "--jobs", "2", "--closure",
                CLOSURE.toString(), "--coverage-baseline", baseline.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.toString());
        JsonObject total = Cli.json(out.resolve("coverage.json")).getAsJsonObject("functional");
        assertEquals(total.get("bins").getAsLong(), total.get("hit").getAsLong(), total.toString());
    }
}
