package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** testbench/captures/warn/: valid captures that run and are counted and warned about as expected.json says. */
class CaptureWarningCorpusTest {
    static final Path CORPUS = Cli.SCENARIOS.getParent().resolve("captures").resolve("warn");

    @TempDir
    Path tmp;

    @Test
    void everyCaptureOfTheWarningCorpusIsCountedAndWarnedAsExpected() {
        JsonObject expected = Cli.json(CORPUS.resolve("expected.json"));
        assertTrue(expected.size() >= 3);
        for (Map.Entry<String, JsonElement> e : expected.entrySet()) {
            JsonObject want = e.getValue().getAsJsonObject();
            Path out = tmp.resolve(e.getKey());
            Cli.Result r = Cli.run("run", "--pcap", CORPUS.resolve(e.getKey()).toString(), "--out", out.toString());
            assertEquals(want.get("exit").getAsInt(), r.status(), e.getKey() + ": " + r);
            JsonObject report = Cli.json(out.resolve("report.json"));
            JsonObject input = report.getAsJsonObject("input");
            for (String field : new String[] {"largestFrame", "oversize", "truncated"}) {
                assertEquals(want.get(field).getAsLong(), input.get(field).getAsLong(), e.getKey() + " " + field);
            }
            assertEquals(want.get("delivered").getAsLong(), report.getAsJsonObject("totals").get("delivered").getAsLong(),
                    e.getKey());
            String warnings = report.getAsJsonArray("warnings").toString();
            if (want.get("warning").isJsonNull()) {
                assertEquals("[]", warnings, e.getKey());
            } else {
                assertTrue(warnings.contains(want.get("warning").getAsString()), e.getKey() + ": " + warnings);
                assertTrue(r.err().contains("warning: " + want.get("warning").getAsString()), r.err());
            }
        }
    }
}
