package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.json is reproducible: two runs of one scenario and seed write the same report except the
 * wall-clock timing fields and the output folder named in the command line. (DeterminismTest
 * compares packets.jsonl, doorbells.jsonl and tx.pcap byte for byte.)
 */
class ReportDeterminismTest {
    @TempDir
    Path tmp;

    private JsonObject report(String name) {
        Path out = tmp.resolve(name);
        Cli.Result r = Cli.run("run", Cli.scenario("qdrops.json").toString(), "--seed", "5", "--packets", "400",
                "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        JsonObject o = Cli.json(out.resolve("report.json"));
        JsonObject timing = o.getAsJsonObject("timing");
        timing.remove("wallSeconds");            // wall clock, and the rates computed from it
        timing.remove("cyclesPerSecond");
        timing.remove("packetsPerSecond");
        JsonArray command = o.getAsJsonArray("command");
        for (int i = 0; i + 1 < command.size(); i++) {
            if (command.get(i).getAsString().equals("--out")) {
                command.set(i + 1, new com.google.gson.JsonPrimitive("OUT"));   // the folders differ on purpose
            }
        }
        return o;
    }

    @Test
    void sameSeedWritesTheSameReportExceptWallClockTiming() {
        JsonObject a = report("a");
        JsonObject b = report("b");
        // the simulated cycles stay: they are part of what must reproduce
        assertEquals(a.getAsJsonObject("timing").get("cycles"), b.getAsJsonObject("timing").get("cycles"));
        assertEquals(a, b);
    }
}
