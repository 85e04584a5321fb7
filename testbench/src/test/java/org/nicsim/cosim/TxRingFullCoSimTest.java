package org.nicsim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.run.DoorbellRecord;

/**
 * A TX ring that fills stops the driver (oactive); completions free descriptors and the
 * driver starts again. The doorbells must still equal the predictor, which replays the same
 * completions.
 */
class TxRingFullCoSimTest {

    @Test
    void aFullRingSetsOactiveAndCompletionsRestartOutputWithoutLosingFrames() {
        StringBuilder sizes = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            sizes.append(i == 0 ? "" : ",").append(64);
        }
        sizes.append(']');
        // stage_cntmax 64 holds the whole batch; the rollup's start fills the 8-entry ring (7 usable)
        CoSimRun run = CoSimRun.of("{\"seed\":4,\"cpus\":2,\"queues\":2,\"app\":\"sink\",\"txRingSize\":8,"
                + "\"traffic\":{\"packets\":0},\"ifq\":{\"stageCntMax\":64},"
                + "\"tx\":{\"batches\":[{\"cpu\":0,\"sizes\":" + sizes + "}]}}");
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(30, run.transmitted().size(), "every frame leaves despite the ring filling 4 times");
        assertEquals(List.of(0, 7), List.of(run.doorbells().get(0).queue(), run.doorbells().get(0).tail()),
                "the first start posts 7 descriptors, the ring's capacity, then goes oactive");
        assertTrue(run.doorbells().size() > 1, "completions restart output");
        int posted = 0;
        int lastTail = 0;
        for (DoorbellRecord d : run.doorbells()) {
            posted += Math.floorMod(d.tail() - lastTail, 8);
            lastTail = d.tail();
        }
        assertEquals(30, posted, "tails advance by exactly the 30 frames");
    }
}
