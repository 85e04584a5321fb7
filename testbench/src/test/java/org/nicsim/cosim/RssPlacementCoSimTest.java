package org.nicsim.cosim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nicsim.run.Fate;
import org.nicsim.run.PacketRecord;

/**
 * Every packet's flow ID, queue, ring CPU and netisr CPU under each netisr policy, with
 * the counts the configuration implies worked out here from the formulas of docs/dispatch-model.md.
 */
class RssPlacementCoSimTest {

    private static String scenario(String netisr, int packets, String extra) {
        return "{\"name\":\"t\",\"seed\":7,\"cpus\":4,\"queues\":4,\"app\":\"forward\",\"netisr\":" + netisr
                + ",\"traffic\":{\"packets\":" + packets + ",\"flows\":32,\"sizes\":{\"min\":64,\"max\":600}"
                + ",\"vlan\":0.05,\"malformed\":0.02}" + extra + "}";
    }

    @Test
    void rssAlignedHybridHandlesEveryPacketOnItsRingCpu() {
        // policy CPU: CPU = bucket % 4; round-robin RETA: queue = bucket % 4; ring CPU = queue
        CoSimRun run = CoSimRun.of(scenario("{\"policy\":\"CPU\",\"dispatch\":\"HYBRID\"}", 1500, ""));
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(0, run.result.crossCpu(), "cross-CPU handoffs in an RSS-aligned configuration");
        assertArrayEquals(run.result.ringByCpu(), run.result.netisrByCpu());
        for (PacketRecord p : run.packets()) {
            if (p.fate() == Fate.DELIVERED) {
                assertEquals(p.ringCpu(), p.netisrCpu(), "packet " + p.index());
                if (p.hashType() != 0) {
                    assertEquals(p.bucket() % 4, p.queue(), "queue = RETA[bucket] = bucket % 4");
                }
            }
        }
    }

    @Test
    void flowPolicyWithThreeWorkstreamsPlacesByFlowidModuloThree() {
        CoSimRun run = CoSimRun.of(scenario("{\"policy\":\"FLOW\",\"dispatch\":\"DEFERRED\",\"workstreams\":3}", 1500, ""));
        assertTrue(run.result.passed(), run.mismatches());
        long expectedCross = 0;
        for (PacketRecord p : run.packets()) {
            if (p.fate() != Fate.DELIVERED) {
                continue;
            }
            // hashed: netisr_default_flow2cpu = flowid % 3; unhashed: SOURCE = (ifIndex 1 + queue) % 3
            int cpu = p.hashType() != 0 ? (int) (p.hash() % 3) : (1 + p.queue()) % 3;
            assertEquals(cpu, p.netisrCpu(), "packet " + p.index());
            if (cpu != p.ringCpu()) {
                expectedCross++;
            }
        }
        assertTrue(expectedCross > 0, "with 3 workstreams and 4 rings some packets must move");
        assertEquals(expectedCross, run.result.crossCpu());
    }

    @Test
    void sourcePolicyWithDirectDispatchRunsEveryHandlerOnTheRingCpu() {
        CoSimRun run = CoSimRun.of(scenario("{\"policy\":\"SOURCE\",\"dispatch\":\"DIRECT\"}", 1000, ""));
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(0, run.result.crossCpu(), "direct dispatch selects no CPU");
    }

    @Test
    void sourcePolicyWithDeferredDispatchPlacesByInterfaceIndexPlusQueue() {
        CoSimRun run = CoSimRun.of(scenario("{\"policy\":\"SOURCE\",\"dispatch\":\"DEFERRED\",\"ifIndex\":2}", 1000, ""));
        assertTrue(run.result.passed(), run.mismatches());
        for (PacketRecord p : run.packets()) {
            if (p.fate() == Fate.DELIVERED) {
                assertEquals((2 + p.queue()) % 4, p.netisrCpu(), "packet " + p.index());
            }
        }
        assertEquals(run.result.fate(Fate.DELIVERED), run.result.crossCpu(),
                "(ifIndex + queue) % 4 differs from the ring CPU (queue) for every packet when ifIndex = 2");
    }

    @Test
    void placementIsComparedWithDragonflyAndLinuxRpsFromTheHashBits() {
        CoSimRun run = CoSimRun.of(scenario("{\"policy\":\"CPU\",\"dispatch\":\"HYBRID\"}", 600, ""));
        long hashed = 0;
        long dfly = 0;
        long rps = 0;
        for (PacketRecord p : run.packets()) {
            if (p.fate() == Fate.DELIVERED && p.hashType() != 0) {
                hashed++;
                // DragonFly: low 7 bits, then % ncpus; Linux: (hash * 4) >> 32, the top 2 bits
                dfly += (p.hash() & 127) % 4 != p.netisrCpu() ? 1 : 0;
                rps += (p.hash() * 4) >>> 32 != p.netisrCpu() ? 1 : 0;
            }
        }
        assertEquals(hashed, run.result.placement().hashed());
        assertEquals(0, dfly, "RSS-aligned FreeBSD placement is bucket % 4, the same low bits as DragonFly");
        assertEquals(dfly, run.result.placement().dragonflyDiffers());
        assertEquals(rps, run.result.placement().linuxRpsDiffers());
        assertTrue(rps > hashed / 2, "the high bits pick another CPU for most flows (3 in 4 by chance)");
    }

    @Test
    void everyInjectedFrameHasExactlyOneRecordInOrder() {
        CoSimRun run = CoSimRun.of(scenario("{\"policy\":\"CPU\",\"dispatch\":\"HYBRID\"}", 800, ""));
        assertEquals(800, run.packets().size());
        for (int i = 0; i < run.packets().size(); i++) {
            assertEquals(i, run.packets().get(i).index());
        }
        long accounted = run.result.fate(Fate.DELIVERED) + run.result.fate(Fate.NOBUF)
                + run.result.fate(Fate.ERROR) + run.result.fate(Fate.QDROP);
        assertEquals(800, accounted);
    }
}
