package org.nicsim.regmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed files derived from the register map are exactly what the generator writes now. */
class GeneratedFilesTest {
    private static final Path ROOT = Path.of(System.getProperty("nicsim.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyGeneratedFileMatchesTheRegisterMap() throws IOException {
        Map<String, String> outputs = Generator.outputs(ROOT);
        assertFalse(outputs.isEmpty());
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            Path f = ROOT.resolve(e.getKey());
            assertTrue(Files.exists(f), e.getKey() + " is missing; run " + Generator.COMMAND);
            assertEquals(e.getValue(), Files.readString(f, StandardCharsets.UTF_8),
                    e.getKey() + " differs from " + Generator.SOURCE + "; run " + Generator.COMMAND);
        }
    }

    @Test
    void theDocumentKeepsItsHandWrittenProse() throws IOException {
        String doc = Generator.outputs(ROOT).get("docs/registers.md");
        assertTrue(doc.contains("## RX descriptor"), "prose outside the markers survives");
        assertTrue(doc.contains("| 0x102C |") || doc.contains("| 0x2C | TXQ_TAIL |"), "queue table is present");
    }

    @Test
    void overlappingRegistersAreRejectedNamingTheRegister(@TempDir Path dir) throws IOException {
        String json = Files.readString(ROOT.resolve(Generator.SOURCE), StandardCharsets.UTF_8)
                .replace("\"name\": \"SCRATCH\", \"offset\": \"0x0014\"", "\"name\": \"SCRATCH\", \"offset\": \"0x0010\"");
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegisterMap.load(f));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("SCRATCH")
                && e.getMessage().contains("overlaps"), e.getMessage());
    }

    @Test
    void anUnknownAccessKindIsRejectedNamingTheField(@TempDir Path dir) throws IOException {
        String json = Files.readString(ROOT.resolve(Generator.SOURCE), StandardCharsets.UTF_8)
                .replace("\"name\": \"SCRATCH\", \"offset\": \"0x0014\", \"access\": \"RW\"",
                        "\"name\": \"SCRATCH\", \"offset\": \"0x0014\", \"access\": \"RX\"");
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegisterMap.load(f));
        assertTrue(e.getMessage().contains("registers.SCRATCH.access"), e.getMessage());
    }
}
