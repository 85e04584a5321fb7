package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example scenario under testbench/scenarios runs through {@code nicsim run} with every check
 * passing, and shows what its description says it shows. Runs are cut to {@link #PACKETS} frames
 * unless the scenario needs its full length (RSS reprogramming at fixed packet indices).
 */
class ShippedScenariosRunTest {
    static final int PACKETS = 400;

    @TempDir
    static Path tmp;

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> s = Files.list(Cli.SCENARIOS)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Output folders of the runs made so far, by arguments: each scenario is simulated once per class. */
    private static final Map<List<String>, Path> RUNS = new HashMap<>();

    /** Runs a scenario, short unless it reconfigures at fixed packet indices, and returns its output folder. */
    static Path runPassing(Path scenario, String... extra) throws IOException {
        List<String> key = new ArrayList<>(List.of(scenario.toString()));
        key.addAll(List.of(extra));
        Path done = RUNS.get(key);
        if (done != null) {
            return done;
        }
        String name = scenario.getFileName().toString().replace(".json", "");
        Path out = tmp.resolve(name + "-" + RUNS.size());
        JsonObject file = JsonParser.parseString(Files.readString(scenario)).getAsJsonObject();
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString(), "--quiet"));
        boolean needsFullLength = file.has("reconfigure");
        boolean txOnly = file.has("traffic") && file.getAsJsonObject("traffic").has("packets")
                && file.getAsJsonObject("traffic").get("packets").getAsLong() == 0;
        if (!needsFullLength && !txOnly) {
            args.addAll(List.of("--packets", String.valueOf(PACKETS)));
        }
        args.addAll(List.of(extra));
        Cli.Result r = Cli.run(args);
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        JsonObject report = Cli.json(out.resolve("report.json"));
        assertEquals("passed", report.get("status").getAsString());
        for (JsonElement c : report.getAsJsonArray("checks")) {
            assertEquals(0, c.getAsJsonObject().get("failed").getAsLong(), () -> name + ": " + c);
        }
        RUNS.put(key, out);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleScenarioPasses() throws IOException {
        List<Path> files = scenarioFiles();
        assertFalse(files.isEmpty(), "no scenarios found in " + Cli.SCENARIOS);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> runPassing(f)));
    }

    @Test
    void txStagingSendsEveryBatchFrameWithTheDoorbellsTheStagingRulesGive() throws IOException {
        Path out = runPassing(Cli.scenario("tx-staging.json"));
        JsonObject report = Cli.json(out.resolve("report.json"));
        // batches of 3, 4, 1, 3, 10 and 6 frames
        assertEquals(27, report.getAsJsonObject("totals").get("txFrames").getAsLong());
        // worked by hand from the scenario's rules (stageCntMax 4, byte limit 1460, one tail write per start):
        // [3 small] rollup 1; [4 small] 4th frame 1; [1514] at once 1; [700 700 64] bytes reach 1460 at the 3rd 1;
        // [10 small] 4th, 8th, rollup 3; [128 256 512 1024 60 60] 4th frame, rollup 2  => 9
        assertEquals(9, report.getAsJsonObject("doorbells").get("observed").getAsLong());
        assertEquals(0, report.getAsJsonObject("totals").get("injected").getAsLong());
    }

    @Test
    void qdropsScenarioCountsNetisrQueueDrops() throws IOException {
        Path out = runPassing(Cli.scenario("qdrops.json"));
        JsonObject totals = Cli.json(out.resolve("report.json")).getAsJsonObject("totals");
        assertTrue(totals.get("qdrop").getAsLong() > 0, totals::toString);
        long qdropLines = Cli.lines(out.resolve("packets.jsonl")).stream().filter(l -> l.contains("\"fate\":\"qdrop\"")).count();
        assertEquals(totals.get("qdrop").getAsLong(), qdropLines);
    }

    @Test
    void sourceDeferredPlacesEveryPacketOnIfIndexPlusQueueModWorkstreams() throws IOException {
        Path out = runPassing(Cli.scenario("source-deferred.json"));
        // docs/dispatch-model.md "netisr": policy SOURCE hashes (ifIndex, source = RX queue); ifIndex 2, 4 workstreams, nws_array[i] = i
        for (String line : Cli.lines(out.resolve("packets.jsonl"))) {
            JsonObject p = JsonParser.parseString(line).getAsJsonObject();
            if (p.get("fate").getAsString().equals("delivered")) {
                assertEquals((2 + p.get("queue").getAsInt()) % 4, p.get("netisrCpu").getAsInt(), line);
            }
        }
    }

    @Test
    void flowPolicyHandsPacketsToOtherCpusThanTheirRing() throws IOException {
        Path out = runPassing(Cli.scenario("flow-policy.json"));
        assertTrue(Cli.json(out.resolve("report.json")).getAsJsonObject("totals").get("crossCpu").getAsLong() > 0);
    }

    @Test
    void retaReprogramSteersPacketsOneThousandToTwoThousandToQueuesZeroAndOne() throws IOException {
        Path out = runPassing(Cli.scenario("reta-reprogram.json"));
        List<String> lines = Cli.lines(out.resolve("packets.jsonl"));
        assertEquals(4000, lines.size());
        int hashed = 0;
        for (String line : lines.subList(1000, 2000)) {
            JsonObject p = JsonParser.parseString(line).getAsJsonObject();
            if (!p.get("bucket").isJsonNull() && p.get("fate").getAsString().equals("delivered")) {
                hashed++;
                int q = p.get("queue").getAsInt();
                assertTrue(q == 0 || q == 1, line);
            }
        }
        assertTrue(hashed > 500, "most of packets 1000..1999 are hashed: " + hashed);
    }

    @Test
    void tooFewRxBuffersForSmallFramesAtLineRateGiveCountedNobufDrops() throws IOException {
        Path out = runPassing(Cli.scenario("nobuf.json"));
        JsonObject report = Cli.json(out.resolve("report.json"));
        long nobuf = report.getAsJsonObject("totals").get("nobuf").getAsLong();
        assertTrue(nobuf > 0, "no nobuf drops");
        long perQueue = 0;
        for (JsonElement q : report.getAsJsonArray("queues")) {
            perQueue += q.getAsJsonObject().get("nobuf").getAsLong();
        }
        assertEquals(nobuf, perQueue);
        assertEquals(report.getAsJsonObject("totals").get("injected").getAsLong(),
                report.getAsJsonObject("totals").get("delivered").getAsLong() + nobuf
                        + report.getAsJsonObject("totals").get("error").getAsLong()
                        + report.getAsJsonObject("totals").get("qdrop").getAsLong());
    }
}
