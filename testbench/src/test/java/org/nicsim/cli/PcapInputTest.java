package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.pcap.PcapWriter;

/**
 * Traffic from a capture: the generator's frames written to a pcap and run with --pcap give the
 * same per-packet and per-doorbell records as the generator run itself.
 */
class PcapInputTest {
    static final int PACKETS = 300;

    @TempDir
    static Path tmp;
    static Path pcap;
    static Path generatorRun;

    @BeforeAll
    static void writeTheGeneratorFramesToAPcapAndRunTheGenerator() throws IOException {
        Scenario s = ScenarioLoader.load(Cli.scenario("default.json"), java.util.List.of(
                FieldOverride.parse("traffic.packets=" + PACKETS)));
        pcap = tmp.resolve("generated.pcap");
        try (PcapWriter w = PcapWriter.create(pcap)) {
            long cycle = 0;
            for (GeneratedFrame f : RunOutputsTest.generatorFrames(s)) {
                w.write(cycle += 100, f.bytes());
            }
        }
        generatorRun = tmp.resolve("generator");
        Cli.Result r = Cli.run("run", Cli.scenario("default.json").toString(), "--packets", String.valueOf(PACKETS),
                "--out", generatorRun.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
    }

    @Test
    void pcapRunGivesTheSamePacketAndDoorbellRecordsAsTheGeneratorRun() throws IOException {
        Path out = tmp.resolve("from-pcap");
        Cli.Result r = Cli.run("run", Cli.scenario("default.json").toString(), "--pcap", pcap.toString(), "--out",
                out.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertArrayEquals(Files.readAllBytes(generatorRun.resolve("packets.jsonl")), Files.readAllBytes(out.resolve("packets.jsonl")));
        assertArrayEquals(Files.readAllBytes(generatorRun.resolve("doorbells.jsonl")), Files.readAllBytes(out.resolve("doorbells.jsonl")));
        JsonObject input = Cli.json(out.resolve("report.json")).getAsJsonObject("input");
        assertEquals("pcap", input.get("source").getAsString());
        assertEquals(pcap.toString(), input.get("file").getAsString());
        assertEquals(PACKETS, input.get("frames").getAsLong());
    }

    @Test
    void packetsLimitsTheFramesTakenFromThePcap() {
        Path out = tmp.resolve("first-100");
        Cli.Result r = Cli.run("run", Cli.scenario("default.json").toString(), "--pcap", pcap.toString(), "--packets", "100",
                "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.PASSED, r.status(), r::toString);
        assertEquals(100, Cli.lines(out.resolve("packets.jsonl")).size());
        assertEquals(Cli.lines(generatorRun.resolve("packets.jsonl")).subList(0, 100), Cli.lines(out.resolve("packets.jsonl")));
    }
}
