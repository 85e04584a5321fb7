package org.nicsim.cosim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nicsim.host.TxOnlyFrames;

/**
 * Transmit-only batches through DragonFly ifq staging; the doorbells at the RTL equal the
 * predictor and the sequences worked out by hand from the seed's rules (byte limit mtu 1500 −
 * max_protohdr 40 = 1460).
 */
class TxStagingCoSimTest {

    private static CoSimRun batches(String ifq, String batches, int cpus, int queues) {
        return CoSimRun.of("{\"seed\":1,\"cpus\":" + cpus + ",\"queues\":" + queues + ",\"app\":\"sink\","
                + "\"traffic\":{\"packets\":0},\"ifq\":" + ifq + ",\"tx\":{\"batches\":" + batches + "}}");
    }

    private static String sizes(int n, int size) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(size);
        }
        return sb.append(']').toString();
    }

    /** (queue, tail) of every observed doorbell, in order. */
    private static List<List<Integer>> writes(CoSimRun run) {
        return run.doorbells().stream().map(d -> List.of(d.queue(), d.tail())).toList();
    }

    @Test
    void stageCntMaxFourRingsAfterFramesFourEightAndAtTheRollup() {
        CoSimRun run = batches("{\"stageCntMax\":4}", "[{\"cpu\":0,\"sizes\":" + sizes(10, 64) + "}]", 4, 4);
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(List.of(List.of(0, 4), List.of(0, 8), List.of(0, 10)), writes(run));
        assertEquals(10, run.transmitted().size());
    }

    @Test
    void stageCntMaxOneRingsForEveryFrame() {
        CoSimRun run = batches("{\"stageCntMax\":1}", "[{\"cpu\":0,\"sizes\":" + sizes(5, 64) + "}]", 4, 4);
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(List.of(List.of(0, 1), List.of(0, 2), List.of(0, 3), List.of(0, 4), List.of(0, 5)), writes(run));
    }

    @Test
    void stageCntMaxSixteenRingsOnceAtTheRollup() {
        CoSimRun run = batches("{\"stageCntMax\":16}", "[{\"cpu\":1,\"sizes\":" + sizes(10, 64) + "}]", 4, 4);
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(List.of(List.of(0, 10)), writes(run));
    }

    @Test
    void framesOfAThousandBytesRingEverySecondFrame() {
        // 1000 < 1460 holds back; 2000 >= 1460 starts the driver
        CoSimRun run = batches("{\"stageCntMax\":4}", "[{\"cpu\":0,\"sizes\":" + sizes(6, 1000) + "}]", 4, 4);
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(List.of(List.of(0, 2), List.of(0, 4), List.of(0, 6)), writes(run));
    }

    @Test
    void maskSubqueueMapSendsEachCpuToItsOwnQueue() {
        CoSimRun run = batches("{\"stageCntMax\":4,\"mapSubq\":\"mask\"}",
                "[{\"cpu\":2,\"sizes\":" + sizes(3, 64) + "},{\"cpu\":3,\"sizes\":" + sizes(5, 64) + "}]", 4, 4);
        assertTrue(run.result.passed(), run.mismatches());
        // cpu 2 & 3 = queue 2: 3 frames held, rollup; cpu 3 & 3 = queue 3: after 4, rollup at 5
        assertEquals(List.of(List.of(2, 3), List.of(3, 4), List.of(3, 5)), writes(run));
    }

    @Test
    void defaultSubqueueMapSendsEveryCpuToQueueZero() {
        CoSimRun run = batches("{\"stageCntMax\":4}",
                "[{\"cpu\":2,\"sizes\":" + sizes(3, 64) + "},{\"cpu\":3,\"sizes\":" + sizes(2, 64) + "}]", 4, 4);
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(List.of(List.of(0, 3), List.of(0, 5)), writes(run));
    }

    @Test
    void txWregNsegsEightWritesTheTailEveryEightDescriptorsOfOneStart() {
        // stage_cntmax 32 holds all 20 frames; the rollup's single start posts 20: tails 8, 16, 20
        CoSimRun run = batches("{\"stageCntMax\":32,\"txWregNsegs\":8}",
                "[{\"cpu\":0,\"sizes\":" + sizes(20, 64) + "}]", 4, 4);
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(List.of(List.of(0, 8), List.of(0, 16), List.of(0, 20)), writes(run));
    }

    @Test
    void transmittedFramesAreByteIdenticalToTheBatchFrames() {
        CoSimRun run = batches("{\"stageCntMax\":4}", "[{\"cpu\":0,\"sizes\":[60,61,1514,99]}]", 4, 4);
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(4, run.transmitted().size());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(TxOnlyFrames.frame(run.transmitted().get(i).length, i), run.transmitted().get(i));
        }
    }
}
