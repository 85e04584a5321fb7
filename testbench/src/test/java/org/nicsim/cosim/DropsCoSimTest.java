package org.nicsim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nicsim.run.Fate;

/** Frames the NIC or netisr drop are counted, with their reason, and nothing else is lost. */
class DropsCoSimTest {

    @Test
    void deferredDispatchWithASmallQlimitDropsAndCountsTheOverflow() {
        // one workstream takes every packet; a host pass harvests several per ring, qlimit 2 overflows
        CoSimRun run = CoSimRun.of("{\"seed\":3,\"cpus\":2,\"queues\":2,\"app\":\"sink\","
                + "\"netisr\":{\"policy\":\"SOURCE\",\"dispatch\":\"DEFERRED\",\"qlimit\":2,\"workstreams\":1},"
                + "\"traffic\":{\"packets\":1500,\"flows\":8,\"sizes\":{\"min\":64,\"max\":64}}}");
        assertTrue(run.result.passed(), run.mismatches());
        long qdrops = run.count(Fate.QDROP);
        assertTrue(qdrops > 0, "bursts beyond qlimit must be dropped");
        assertEquals(qdrops, run.result.fate(Fate.QDROP));
        assertEquals(1500, run.count(Fate.DELIVERED) + qdrops + run.count(Fate.NOBUF) + run.count(Fate.ERROR));
        run.packets().stream().filter(p -> p.fate() == Fate.QDROP).forEach(p -> {
            assertEquals(null, p.netisrCpu(), "a freed packet was handled nowhere");
        });
    }

    @Test
    void nicBufferExhaustionDropsAreCountedPerQueueAndTheInvariantHolds() {
        // 4 buffers per ring and minimum-size frames at line rate: a host pass finds rings empty
        CoSimRun run = CoSimRun.of("{\"seed\":5,\"cpus\":4,\"queues\":4,\"app\":\"sink\",\"rxBuffers\":4,"
                + "\"rxRingSize\":8,\"traffic\":{\"packets\":2000,\"flows\":64,\"sizes\":{\"min\":60,\"max\":60}}}");
        assertTrue(run.result.passed(), run.mismatches());   // includes RX_DROP_NOBUF and every RXQ_DROPS
        long nobuf = run.count(Fate.NOBUF);
        assertTrue(nobuf > 0, "4 buffers per ring cannot absorb a line-rate burst");
        long perQueue = 0;
        for (long n : run.result.nobufByQueue()) {
            perQueue += n;
        }
        assertEquals(nobuf, perQueue);
        assertEquals(2000, run.count(Fate.DELIVERED) + nobuf + run.count(Fate.ERROR));
    }

    @Test
    void badRuntAndOversizeFramesAreNicErrorsWithTheirReason() {
        CoSimRun run = CoSimRun.of("{\"seed\":11,\"app\":\"sink\",\"traffic\":{\"packets\":1200,\"flows\":16,"
                + "\"malformed\":0.2}}");
        assertTrue(run.result.passed(), run.mismatches());   // RX_DROP_ERROR == predicted error drops
        assertTrue(run.count(Fate.ERROR) > 0, "20% malformed traffic includes runts");
        run.packets().stream().filter(p -> p.fate() == Fate.ERROR)
                .forEach(p -> assertTrue(p.len() < 14, "only runts are NIC errors here, got " + p.len()));
    }
}
