package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * testbench/captures/bad/: every broken capture (truncated, bad magic, non-Ethernet link type,
 * garbage, pcapng block errors) is refused by {@code run --pcap} with exit 2 and its message —
 * file, byte offset, what was expected — no stack trace, no run. The scenario corpus
 * (scenarios/bad/) is covered by BadInputTest.
 */
class BadCaptureCorpusTest {
    static final Path CORPUS = Cli.SCENARIOS.getParent().resolve("captures").resolve("bad");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyBadCaptureIsRefusedWithItsByteOffset() {
        JsonObject manifest = Cli.json(CORPUS.resolve("expected.json"));
        return manifest.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = CORPUS.resolve(e.getKey());
            JsonObject expected = e.getValue().getAsJsonObject();
            Path out = tmp.resolve(e.getKey());
            Cli.Result r = Cli.run("run", "--pcap", file.toString(), "--out", out.toString());
            assertEquals(expected.get("exit").getAsInt(), r.status(), r::toString);
            assertTrue(r.err().contains("nicsim: " + file + ": " + expected.get("message").getAsString()), r::toString);
            assertFalse(r.err().contains("\tat "), r::toString);
            assertFalse(Files.exists(out), "no run, no output folder");
        }));
    }

    @Test
    void everyFileOfTheCorpusHasAnExpectation() throws IOException {
        JsonObject manifest = Cli.json(CORPUS.resolve("expected.json"));
        try (Stream<Path> s = Files.list(CORPUS)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pcap") || n.endsWith(".pcapng"))
                    .forEach(n -> assertTrue(manifest.has(n), n + " has no entry in expected.json"));
        }
    }
}
