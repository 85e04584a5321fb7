package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nicsim.scenario.FieldOverride;
import org.nicsim.scenario.Scenario;
import org.nicsim.scenario.ScenarioJson;
import org.nicsim.scenario.ScenarioLoader;
import org.nicsim.scenario.TrafficSection;
import org.nicsim.scoreboard.Check;
import org.nicsim.traffic.GeneratedFrame;
import org.nicsim.traffic.TrafficGenerator;
import org.nicsim.traffic.TrafficSpec;
import org.nicsim.traffic.pcap.CaptureReader;
import org.nicsim.traffic.pcap.CapturedFrame;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One run of the default scenario (400 frames) and every file it leaves in --out, read back with
 * independent readers (Gson, a DOM parser, the pcap reader) and checked against the contract of
 * docs/outputs.md and against the generator's frames.
 */
class RunOutputsTest {
    static final int PACKETS = 400;
    static final List<String> PACKET_FIELDS = List.of("index", "len", "hashType", "hash", "modelHash", "bucket", "queue",
            "ringCpu", "netisrCpu", "fate", "ok");
    static final List<String> DOORBELL_FIELDS = List.of("seq", "queue", "tail", "cycle", "cpu", "predicted");

    @TempDir
    static Path tmp;
    static Path out;
    static Cli.Result result;
    static JsonObject report;

    @BeforeAll
    static void runDefaultScenario() {
        out = tmp.resolve("default");
        result = Cli.run("run", Cli.scenario("default.json").toString(), "--packets", String.valueOf(PACKETS),
                "--out", out.toString());
        assertEquals(ExitStatus.PASSED, result.status(), result::toString);
        report = Cli.json(out.resolve("report.json"));
    }

    /** The generator's frames for the scenario, mapped 1:1 from its traffic section as traffic-api.md says. */
    static List<GeneratedFrame> generatorFrames(Scenario s) {
        TrafficSection t = s.traffic();
        TrafficSpec spec = new TrafficSpec(t.packets(), t.flows(), new TrafficSpec.Mix(t.mix().tcp4(), t.mix().udp4(),
                t.mix().tcp6(), t.mix().udp6(), t.mix().other()), new TrafficSpec.Sizes(t.minSize(), t.maxSize()), t.vlan(),
                t.fragments(), t.malformed(), 0.0);
        List<GeneratedFrame> frames = new ArrayList<>();
        new TrafficGenerator(spec, s.seed()).forEach(frames::add);
        return frames;
    }

    static Scenario scenarioAsRun() {
        return ScenarioLoader.load(Cli.scenario("default.json"), List.of(FieldOverride.parse("traffic.packets=" + PACKETS)));
    }

    @Test
    void theSeedIsTheFirstLinePrinted() {
        assertTrue(result.out().startsWith("seed: 1\n"), result::toString);
    }

    @Test
    void summaryTxtIsThePrintedSummary() throws IOException {
        String summary = Files.readString(out.resolve("summary.txt"));
        assertEquals(result.out().substring("seed: 1\n".length()), summary);
        assertTrue(summary.contains("PASSED"));
        for (Check c : Check.values()) {
            assertTrue(summary.contains(c.id()), c.id());
        }
        assertTrue(summary.contains("doorbells per packet"));
        assertTrue(summary.contains("MMIO writes per packet"));
        assertTrue(summary.contains("packets/s") && summary.contains("cycles/s"));
        assertTrue(summary.lines().count() <= 50, "one screen");
    }

    @Test
    void reportJsonHasTheScenarioAsRunWithEveryDefaultFilledIn() {
        assertEquals(ScenarioJson.toTree(scenarioAsRun()), report.getAsJsonObject("scenario"));
        assertEquals(1, report.get("seed").getAsLong());
        assertEquals("passed", report.get("status").getAsString());
    }

    @Test
    void reportJsonNamesTheVersions() {
        JsonObject v = report.getAsJsonObject("versions");
        assertTrue(v.get("nicsim").getAsString().matches("\\d+\\.\\d+\\.\\d+.*"), v::toString);
        assertTrue(v.get("verilator").getAsString().startsWith("Verilator "), v::toString);
        assertTrue(v.get("java").getAsString().startsWith(System.getProperty("java.version").split("[.+]")[0]), v::toString);
    }

    @Test
    void reportJsonTotalsAddUpPerQueueAndPerCpu() {
        JsonObject totals = report.getAsJsonObject("totals");
        assertEquals(PACKETS, totals.get("injected").getAsLong());
        long delivered = totals.get("delivered").getAsLong();
        assertEquals(PACKETS, delivered + totals.get("nobuf").getAsLong() + totals.get("error").getAsLong()
                + totals.get("qdrop").getAsLong());
        assertEquals(4, report.getAsJsonArray("queues").size());
        assertEquals(4, report.getAsJsonArray("cpus").size());
        long byQueue = 0;
        for (JsonElement q : report.getAsJsonArray("queues")) {
            byQueue += q.getAsJsonObject().get("delivered").getAsLong();
            // ringMap offset 0: queue q is serviced on CPU q
            assertEquals(q.getAsJsonObject().get("queue").getAsInt(), q.getAsJsonObject().get("ringCpu").getAsInt());
        }
        long byCpu = 0;
        for (JsonElement c : report.getAsJsonArray("cpus")) {
            byCpu += c.getAsJsonObject().get("netisr").getAsLong();
        }
        assertEquals(delivered, byQueue);
        assertEquals(delivered, byCpu);
    }

    @Test
    void reportJsonHasDoorbellStatisticsTimingAndEveryCheck() {
        JsonObject d = report.getAsJsonObject("doorbells");
        long tx = report.getAsJsonObject("totals").get("txFrames").getAsLong();
        assertEquals((double) d.get("observed").getAsLong() / tx, d.get("perPacket").getAsDouble(), 1e-12);
        assertEquals(d.get("observed").getAsLong(), d.get("predicted").getAsLong());
        JsonObject t = report.getAsJsonObject("timing");
        assertTrue(t.get("wallSeconds").getAsDouble() > 0);
        assertTrue(t.get("cycles").getAsLong() > 0);
        assertEquals(t.get("cycles").getAsLong() / t.get("wallSeconds").getAsDouble(), t.get("cyclesPerSecond").getAsDouble(), 1e-3);
        assertTrue(t.get("packetsPerSecond").getAsDouble() > 0);
        List<String> ids = new ArrayList<>();
        for (JsonElement c : report.getAsJsonArray("checks")) {
            ids.add(c.getAsJsonObject().get("id").getAsString());
            assertEquals(0, c.getAsJsonObject().get("failed").getAsLong());
        }
        assertEquals(List.of(Check.values()).stream().map(Check::id).toList(), ids);
        assertEquals(0, report.getAsJsonArray("mismatches").size());
    }

    @Test
    void packetsJsonlHasOneLinePerInjectedFrameWithTheContractFields() {
        List<String> lines = Cli.lines(out.resolve("packets.jsonl"));
        List<GeneratedFrame> frames = generatorFrames(scenarioAsRun());
        assertEquals(PACKETS, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonObject p = JsonParser.parseString(lines.get(i)).getAsJsonObject();
            assertEquals(PACKET_FIELDS, new ArrayList<>(p.keySet()), lines.get(i));
            assertEquals(i, p.get("index").getAsLong());
            assertEquals(frames.get(i).length(), p.get("len").getAsInt(), "frame " + i + " is the generator's frame " + i);
            assertTrue(p.get("ok").getAsBoolean(), lines.get(i));
            if (!p.get("bucket").isJsonNull()) {
                assertEquals(p.get("hash").getAsLong() & 127, p.get("bucket").getAsLong(), lines.get(i));
                assertTrue(p.get("hash").getAsLong() >= 0, "hash is unsigned");
            }
            String fate = p.get("fate").getAsString();
            assertTrue(List.of("delivered", "nobuf", "error", "qdrop").contains(fate), fate);
            if (fate.equals("error")) {
                // dropped by the NIC: no write-back, no ring, no handler
                assertTrue(p.get("hash").isJsonNull() && p.get("ringCpu").isJsonNull() && p.get("netisrCpu").isJsonNull(),
                        lines.get(i));
            } else if (fate.equals("delivered")) {
                assertFalse(p.get("queue").isJsonNull() || p.get("ringCpu").isJsonNull() || p.get("netisrCpu").isJsonNull(),
                        lines.get(i));
            }
        }
    }

    @Test
    void doorbellsJsonlHasOneLinePerObservedTailWriteInBusOrder() {
        List<String> lines = Cli.lines(out.resolve("doorbells.jsonl"));
        assertEquals(report.getAsJsonObject("doorbells").get("observed").getAsLong(), lines.size());
        long lastCycle = -1;
        Map<Integer, Integer> lastTail = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonObject d = JsonParser.parseString(lines.get(i)).getAsJsonObject();
            assertEquals(DOORBELL_FIELDS, new ArrayList<>(d.keySet()), lines.get(i));
            assertEquals(i, d.get("seq").getAsLong());
            assertTrue(d.get("cycle").getAsLong() >= lastCycle, "bus order");
            lastCycle = d.get("cycle").getAsLong();
            assertTrue(d.get("predicted").getAsBoolean());
            assertTrue(d.get("cpu").getAsInt() >= 0 && d.get("cpu").getAsInt() < 4);
            lastTail.put(d.get("queue").getAsInt(), d.get("tail").getAsInt());
        }
        // one descriptor per frame and fewer frames than the 1024-entry ring: the last tails count the frames sent
        long tx = report.getAsJsonObject("totals").get("txFrames").getAsLong();
        assertEquals(tx, lastTail.values().stream().mapToLong(Integer::longValue).sum());
    }

    @Test
    void txPcapHoldsExactlyTheForwardedFrames() throws IOException {
        // app forward sends every delivered frame back out unchanged: same bytes, as a multiset
        List<GeneratedFrame> frames = generatorFrames(scenarioAsRun());
        List<String> lines = Cli.lines(out.resolve("packets.jsonl"));
        Map<ByteBuffer, Integer> expected = new HashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            if (lines.get(i).contains("\"fate\":\"delivered\"")) {
                expected.merge(ByteBuffer.wrap(frames.get(i).bytes()), 1, Integer::sum);
            }
        }
        Map<ByteBuffer, Integer> sent = new HashMap<>();
        long count = 0;
        long lastNanos = -1;
        try (CaptureReader r = CaptureReader.open(out.resolve("tx.pcap"))) {
            assertEquals(CaptureReader.Format.PCAP, r.format());
            for (CapturedFrame f : r) {
                sent.merge(ByteBuffer.wrap(f.bytes()), 1, Integer::sum);
                assertTrue(f.timestampNanos() >= lastNanos, "timestamps follow the cycles");
                lastNanos = f.timestampNanos();
                count++;
            }
        }
        assertEquals(report.getAsJsonObject("totals").get("txFrames").getAsLong(), count);
        assertEquals(expected, sent);
    }

    @Test
    void junitXmlHasOneTestcasePerCheckWithTheSchemaAttributes() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        NodeList suiteList = suites.getElementsByTagName("testsuite");
        assertEquals(1, suiteList.getLength());
        Element suite = (Element) suiteList.item(0);
        for (Element e : List.of(suites, suite)) {
            for (String a : List.of("name", "tests", "failures", "errors", "skipped", "time")) {
                assertTrue(e.hasAttribute(a), e.getTagName() + " lacks " + a);
            }
            Double.parseDouble(e.getAttribute("time"));
        }
        assertEquals(String.valueOf(Check.values().length), suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(Check.values().length, cases.getLength());
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertEquals(Check.values()[i].id(), c.getAttribute("name"));
            assertFalse(c.getAttribute("classname").isEmpty());
            Double.parseDouble(c.getAttribute("time"));
            assertEquals(0, c.getElementsByTagName("failure").getLength());
        }
    }

    @Test
    void reportHtmlIsSelfContainedWithThreeWellFormedSvgCharts() throws Exception {
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.replace("http://www.w3.org/2000/svg", "").matches("(?s).*(https?:|src=|<link).*"),
                "nothing fetched from the network");
        Matcher m = Pattern.compile("(?s)<svg .*?</svg>").matcher(html);
        int charts = 0;
        while (m.find()) {
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
            assertNotNull(svg.getDocumentElement());
            charts++;
        }
        assertEquals(3, charts, "per-queue, per-CPU and doorbell charts");
        assertTrue(html.contains("doorbells per packet"));
        assertTrue(html.contains("&quot;stageCntMax&quot;: 4"), "the scenario as run");
    }
}
