package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus {@code scenarios/bad/}: each file is rejected as input (exit status 2)
 * with the message fragment its manifest {@code expected.json} names.
 */
class BadCorpusTest {

    static final Path DIR = ShippedScenariosTest.DIR.resolve("bad");

    private static JsonObject manifest() throws IOException {
        return JsonParser.parseString(Files.readString(DIR.resolve("expected.json"))).getAsJsonObject();
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileFailsWithItsExpectedMessage() throws IOException {
        return manifest().entrySet().stream().map(Map.Entry::getKey).sorted().map(name -> DynamicTest.dynamicTest(name, () -> {
            JsonObject expected = manifest().getAsJsonObject(name);
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.load(DIR.resolve(name), List.of()));
            assertEquals(expected.get("exit").getAsInt(), ScenarioException.EXIT_STATUS);
            String fragment = expected.get("message").getAsString();
            assertTrue(e.getMessage().contains(fragment),
                    () -> name + ": expected the message to contain\n  " + fragment + "\nbut it was\n  " + e.getMessage());
        }));
    }

    @Test
    void everyFileInTheCorpusIsInTheManifest() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(manifest().keySet()));
    }
}
