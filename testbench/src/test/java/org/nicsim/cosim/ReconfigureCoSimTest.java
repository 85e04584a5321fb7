package org.nicsim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nicsim.run.Fate;
import org.nicsim.run.PacketRecord;

/** RETA and key reprogrammed while traffic flows; every frame is judged by its own table. */
class ReconfigureCoSimTest {
    private static final String OTHER_KEY =
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void retaReprogrammedMidTrafficAppliesFromTheNamedFrame() {
        StringBuilder reversed = new StringBuilder("[");
        for (int b = 0; b < 128; b++) {
            reversed.append(b == 0 ? "" : ",").append(3 - b % 4);
        }
        reversed.append(']');
        CoSimRun run = CoSimRun.of("{\"seed\":9,\"app\":\"sink\",\"traffic\":{\"packets\":1200,\"flows\":32},"
                + "\"reconfigure\":[{\"atPacket\":600,\"reta\":" + reversed + "}]}");
        assertTrue(run.result.passed(), run.mismatches());
        for (PacketRecord p : run.packets()) {
            if (p.fate() == Fate.DELIVERED && p.hashType() != 0) {
                int expected = p.index() < 600 ? p.bucket() % 4 : 3 - p.bucket() % 4;
                assertEquals(expected, p.queue(), "packet " + p.index());
            }
        }
    }

    @Test
    void keyReprogrammedMidTrafficChangesEveryFlowsHash() {
        CoSimRun run = CoSimRun.of("{\"seed\":9,\"app\":\"sink\",\"traffic\":{\"packets\":1200,\"flows\":16,"
                + "\"mix\":{\"tcp4\":1.0}},\"reconfigure\":[{\"atPacket\":500,\"key\":\"" + OTHER_KEY + "\"}]}");
        assertTrue(run.result.passed(), run.mismatches());
        // tcp4 only: a flow has one hash per key, so no hash seen after the change may be an old one
        int changed = 0;
        long before = run.packets().stream().filter(p -> p.index() < 500 && p.hash() != null).count();
        long after = run.packets().stream().filter(p -> p.index() >= 500 && p.hash() != null).count();
        assertTrue(before > 0 && after > 0);
        java.util.Set<Long> early = new java.util.HashSet<>();
        run.packets().stream().filter(p -> p.index() < 500 && p.hash() != null).forEach(p -> early.add(p.hash()));
        for (PacketRecord p : run.packets()) {
            if (p.index() >= 500 && p.hash() != null && !early.contains(p.hash())) {
                changed++;
            }
        }
        assertNotEquals(0, changed, "after the key change the hardware computes other hashes");
        assertEquals(after, changed, "no flow keeps its old hash under a different key");
    }
}
