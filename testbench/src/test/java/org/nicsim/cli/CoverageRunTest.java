package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --coverage} on the real model: a TCP/IPv4-only run must leave every IPv6, UDP and
 * fragment bin unhit (coverage is measured, not assumed), and the hits must agree with the run's
 * own report (one rx.class hit per injected frame, fates as counted).
 */
class CoverageRunTest {
    static final int PACKETS = 300;

    @TempDir
    static Path tmp;
    static Path narrow;
    static Map<String, Long> hits;
    static JsonObject report;

    @BeforeAll
    static void runTcpIpv4Only() {
        narrow = tmp.resolve("narrow");
        Cli.Result r = Cli.run("run", Cli.scenario("default.json").toString(), "--coverage", "--packets",
                String.valueOf(PACKETS), "--set", "traffic.mix={\"tcp4\":1}", "--set", "traffic.fragments=0",
                "--set", "traffic.malformed=0", "--out", narrow.toString(), "-q");
        assertEquals(0, r.status(), r.toString());
        hits = hits(narrow);
        report = Cli.json(narrow.resolve("report.json"));
    }

    static Map<String, Long> hits(Path dir) {
        Map<String, Long> m = new HashMap<>();
        for (JsonElement p : Cli.json(dir.resolve("coverage.json")).getAsJsonArray("coverpoints")) {
            String name = p.getAsJsonObject().get("name").getAsString();
            for (JsonElement b : p.getAsJsonObject().getAsJsonArray("bins")) {
                m.put(name + "/" + b.getAsJsonObject().get("bin").getAsString(), b.getAsJsonObject().get("hits").getAsLong());
            }
        }
        return m;
    }

    @Test
    void tcpIpv4BinsAreHit() {
        assertTrue(hits.get("rx.class/RSS_TCP_IPV4.untagged.none") > 0);
        assertTrue(hits.get("rx.rule/H2.tcp_ipv4") > 0);
    }

    @Test
    void ipv6UdpAndFragmentBinsStayUnhit() {
        hits.forEach((bin, n) -> {
            boolean foreign = bin.contains("IPV6") || bin.contains("UDP") || bin.contains("fragment")
                    || bin.startsWith("rx.rule/C9") || bin.startsWith("rx.rule/C1") && !bin.startsWith("rx.rule/C1.")
                    || bin.equals("rx.rule/H3.udp_ipv4") || bin.equals("rx.rule/H5.tcp_ipv6")
                    || bin.equals("rx.rule/H6.udp_ipv6") || bin.equals("rx.rule/H7.ipv6");
            if (foreign) {
                assertEquals(0L, n, bin);
            }
        });
    }

    @Test
    void everyInjectedFrameIsSampledOnceByTheClassificationCross() {
        long sum = hits.entrySet().stream().filter(e -> e.getKey().startsWith("rx.class/")).mapToLong(Map.Entry::getValue).sum();
        assertEquals(report.getAsJsonObject("totals").get("injected").getAsLong(), sum);
    }

    @Test
    void fatesAgreeWithTheReport() {
        assertEquals(report.getAsJsonObject("totals").get("delivered").getAsLong(), hits.get("fates.fate/delivered"));
    }

    @Test
    void summaryHasOneLinePerGroupAndTheHtmlAReportSection() throws IOException {
        String summary = Files.readString(narrow.resolve("summary.txt"));
        assertTrue(summary.contains("coverage   functional "), summary);
        for (String g : org.nicsim.coverage.FunctionalCoverage.groups()) {
            assertTrue(summary.lines().anyMatch(l -> l.startsWith("  " + g + " ")), g + " line in\n" + summary);
        }
        String html = Files.readString(narrow.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"coverage\">Functional coverage</h2>"));
        assertTrue(html.indexOf("Functional coverage") < html.indexOf("Scenario as run"));
        assertTrue(html.contains("RSS_UDP_IPV6.untagged.none"), "unhit bins are listed");
    }

    @Test
    void aRunWithoutCoverageLeavesNoCoverageFile() {
        Path out = tmp.resolve("plain");
        Cli.Result r = Cli.run("run", Cli.scenario("default.json").toString(), "--packets", "50", "--out", out.toString(), "-q");
        assertEquals(0, r.status(), r.toString());
        assertFalse(Files.exists(out.resolve("coverage.json")));
    }

    @Test
    void qdropsScenarioHitsTheQdropBinsAsOftenAsTheReportCountsQdrops() {
        Path out = tmp.resolve("qdrops");
        Cli.Result r = Cli.run("run", Cli.scenario("qdrops.json").toString(), "--coverage", "--packets", "600", "--out",
                out.toString(), "-q");
        assertEquals(0, r.status(), r.toString());
        Map<String, Long> q = hits(out);
        long qdrops = Cli.json(out.resolve("report.json")).getAsJsonObject("totals").get("qdrop").getAsLong();
        assertTrue(qdrops > 0);
        assertEquals(qdrops, q.get("fates.fate/qdrop"));
        assertEquals(qdrops, q.get("netisr.outcome/CPU.DEFERRED.qdrop"), "netisr's own qdrop counters");
        assertTrue(q.get("netisr.qlimit/reached") > 0);
    }

    @Test
    void withTheBusKnobsOffNoBusBinIsHit() {
        hits.forEach((bin, n) -> {
            if (bin.startsWith("bus.")) {
                assertEquals(0L, n, bin);
            }
        });
    }

    @Test
    void busKnobsHitEveryBusBinReproduciblyAndTheRunStillPasses() throws IOException {
        String[] args = {"run", Cli.scenario("default.json").toString(), "--coverage", "--packets", "200", "--set",
            "bus.rxIdle=0.05", "--set", "bus.readLatency=40", "--set", "bus.txBackpressure=0.2", "-q", "--out"};
        Path a = tmp.resolve("bus-a");
        Path b = tmp.resolve("bus-b");
        for (Path out : new Path[] {a, b}) {
            String[] full = java.util.Arrays.copyOf(args, args.length + 1);
            full[args.length] = out.toString();
            Cli.Result r = Cli.run(full);
            assertEquals(0, r.status(), r.toString());
        }
        Map<String, Long> h = hits(a);
        assertTrue(h.get("bus.stimulus/rx_idle_in_frame") > 0);
        assertTrue(h.get("bus.stimulus/tx_backpressure") > 0);
        assertTrue(h.get("bus.stimulus/read_latency_above_32") > 0);
        assertEquals(Files.readString(a.resolve("packets.jsonl")), Files.readString(b.resolve("packets.jsonl")));
        assertEquals(h, hits(b));
    }

    @Test
    void anRxIdleProbabilityOfOneIsABadScenario() {
        Cli.Result r = Cli.run("run", "--set", "bus.rxIdle=1", "--packets", "10", "--out", tmp.resolve("bad").toString());
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.err().contains("bus.rxIdle"), r.err());
    }
}
