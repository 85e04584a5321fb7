package org.nicsim.reliab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A run is a function of scenario and seed: two runs give identical per-packet records, doorbell
 * records (with their cycles) and transmitted frames — also with a seeded TX backpressure, NIC and
 * netisr drops, VLAN, fragments and malformed frames, and a RETA reprogrammed mid-run. (The CLI's
 * DeterminismTest compares the files; ReportDeterminismTest compares report.json.)
 */
class DeterminismTest {
    private static final String BUSY = "{\"seed\":77,\"cpus\":4,\"queues\":4,\"rxBuffers\":6,\"rxRingSize\":8,"
            + "\"netisr\":{\"policy\":\"FLOW\",\"dispatch\":\"DEFERRED\",\"qlimit\":4},"
            + "\"traffic\":{\"packets\":1500,\"flows\":32,\"vlan\":0.2,\"fragments\":0.1,\"malformed\":0.1},"
            + "\"reconfigure\":[{\"atPacket\":700,\"reta\":[" + "3,2,1,0,".repeat(31) + "3,2,1,0]}]}";

    private static SimRun run(String json) {
        SimRun r = SimRun.of(json, b -> b.txBackpressure(0.3), (m, s) -> { });
        assertNull(r.failure, r::mismatches);
        return r;
    }

    @Test
    void sameSeedGivesIdenticalPacketDoorbellAndTransmitRecords() {
        SimRun a = run(BUSY);
        SimRun b = run(BUSY);
        assertEquals(a.packets(), b.packets());
        assertEquals(a.doorbells(), b.doorbells());
        assertEquals(a.transmitted().size(), b.transmitted().size());
        for (int i = 0; i < a.transmitted().size(); i++) {
            assertArrayEquals(a.transmitted().get(i), b.transmitted().get(i), "transmitted frame " + i);
        }
        assertEquals(a.result.cycles(), b.result.cycles());
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertNotEquals(run(BUSY).packets(), run(BUSY.replace("\"seed\":77", "\"seed\":78")).packets());
    }
}
