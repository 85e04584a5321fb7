package org.nicsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading scenario files: missing, unreadable, not UTF-8, with a byte-order mark. */
class ScenarioLoaderTest {

    @TempDir
    Path dir;

    @Test
    void missingFileIsAnInputError() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(dir.resolve("nope.json"), List.of()));
        assertEquals("cannot read: no such file", e.getMessage());
    }

    @Test
    void directoryIsAnInputError() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir, List.of()));
        assertEquals("cannot read: it is a directory", e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        Path f = dir.resolve("latin1.json");
        // "{\"name\": \"" is 10 bytes, then 'x', then 0xff which UTF-8 never uses
        byte[] prefix = "{\"name\": \"x".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xff;
        bytes[prefix.length + 1] = '"';
        bytes[prefix.length + 2] = '}';
        Files.write(f, bytes);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, List.of()));
        assertEquals("byte offset 11: not valid UTF-8 (expected a UTF-8 text file)", e.getMessage());
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        Path f = dir.resolve("bom.json");
        Files.writeString(f, "\uFEFF{\"cpus\": 2}", StandardCharsets.UTF_8);
        assertEquals(2, ScenarioLoader.load(f, List.of()).cpus());
    }

    @Test
    void fileIsParsedThenOverridden() throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"netisr\": {\"policy\": \"SOURCE\"}}");
        Scenario s = ScenarioLoader.load(f, FieldOverride.parseAll(List.of("netisr.policy=FLOW")));
        assertEquals(NetisrPolicy.FLOW, s.netisr().policy());
    }

    @Test
    void fromTreeLeavesTheGivenTreeUnchanged() {
        JsonObject tree = new JsonObject();
        tree.addProperty("cpus", 2);
        ScenarioLoader.fromTree(tree, FieldOverride.parseAll(List.of("cpus=8")));
        assertEquals(2, tree.get("cpus").getAsInt());
    }
}
