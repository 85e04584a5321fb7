package org.nicsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * netisr(9), VIMAGE: "Disabling will also purge any outstanding packet from the protocol queue."
 * The shipped vnet-purge scenario turns IPv4 off after frame 1000 and on after frame 2000 under
 * DEFERRED dispatch: purged and refused IPv4 packets are each a 'vnet' drop, accounted, and no
 * IPv4 frame of the window is handled.
 */
class VnetPurgeTest {
    static final Set<Integer> IPV4_TYPES = Set.of(0x81, 0x82, 0x87);

    @TempDir
    static Path tmp;
    static Path out;
    static JsonObject totals;
    static List<JsonObject> packets;

    @BeforeAll
    static void runVnetPurge() {
        out = tmp.resolve("vnet");
        Cli.Result r = Cli.run("run", Cli.scenario("vnet-purge.json").toString(), "--coverage", "--out", out.toString(), "-q");
        assertEquals(0, r.status(), r.toString());
        totals = Cli.json(out.resolve("report.json")).getAsJsonObject("totals");
        packets = Cli.lines(out.resolve("packets.jsonl")).stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    @Test
    void everyFrameHasAFateAndVnetDropsAreTheirOwnReason() {
        long vnet = totals.get("vnet").getAsLong();
        assertTrue(vnet > 0);
        assertEquals(0, totals.get("qdrop").getAsLong(), "a purge is not a queue drop");
        assertEquals(totals.get("injected").getAsLong(), totals.get("delivered").getAsLong() + totals.get("nobuf").getAsLong()
                + totals.get("error").getAsLong() + totals.get("qdrop").getAsLong() + vnet);
        assertEquals(vnet, packets.stream().filter(p -> p.get("fate").getAsString().equals("vnet")).count());
    }

    @Test
    void queuedPacketsWerePurgedAndArrivingOnesRefused() {
        Map<String, Long> hits = CoverageRunTest.hits(out);
        assertTrue(hits.get("netisr.vnet/purged") > 0, "packets waiting in the queue at unregister_vnet");
        assertTrue(hits.get("netisr.vnet/refused") > 0);
        assertEquals(totals.get("vnet").getAsLong(), hits.get("netisr.vnet/purged") + hits.get("netisr.vnet/refused"));
    }

    @Test
    void onlyIpv4FramesAreDroppedForTheVnet() {
        for (JsonObject p : packets) {
            if (p.get("fate").getAsString().equals("vnet")) {
                assertTrue(IPV4_TYPES.contains(p.get("hashType").getAsInt()), p.toString());
            }
        }
    }

    @Test
    void noIpv4FrameOfTheWindowIsHandled() {
        // frames 1000..1800 reach the host after the unregister and (with room for frames in flight) before the register
        for (JsonObject p : packets) {
            long i = p.get("index").getAsLong();
            if (i >= 1000 && i < 1800 && !p.get("hashType").isJsonNull() && IPV4_TYPES.contains(p.get("hashType").getAsInt())) {
                assertEquals("vnet", p.get("fate").getAsString(), p.toString());
            }
        }
    }

    @Test
    void withoutVnetChangesNothingIsDroppedForTheVnet() {
        Path plain = tmp.resolve("plain");
        Cli.Result r = Cli.run("run", Cli.scenario("vnet-purge.json").toString(), "--set", "vnet=[]", "--packets", "1500",
                "--out", plain.toString(), "-q");
        assertEquals(0, r.status(), r.toString());
        assertEquals(0, Cli.json(plain.resolve("report.json")).getAsJsonObject("totals").get("vnet").getAsLong());
    }
}
