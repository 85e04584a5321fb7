package org.nicsim.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nicsim.run.DoorbellRecord;

/**
 * The co-simulation on nic_top built with NUM_QUEUES=4: a four-queue scenario passes every check
 * with received traffic on every queue and doorbells on every TX queue (CPU q sends on queue q), and a scenario that needs more
 * queues than the model has is refused before any traffic.
 */
class FourQueueCoSimTest {
    private static final int BUILT_QUEUES = 4;

    private static String scenario(int queues) {
        return "{\"name\":\"q4\",\"seed\":3,\"cpus\":4,\"queues\":" + queues + ",\"app\":\"forward\","
                + "\"netisr\":{\"policy\":\"CPU\",\"dispatch\":\"HYBRID\"},\"ifq\":{\"mapSubq\":\"mask\"},"
                + "\"traffic\":{\"packets\":800,\"flows\":48,\"sizes\":{\"min\":64,\"max\":600},\"vlan\":0.05,"
                + "\"malformed\":0.02}}";
    }

    @Test
    void aFourQueueScenarioPassesOnTheFourQueueModel() {
        CoSimRun run = CoSimRun.onModel(scenario(BUILT_QUEUES), o -> o.numQueues(BUILT_QUEUES));
        assertTrue(run.result.passed(), run.mismatches());
        assertEquals(BUILT_QUEUES, run.result.deliveredByQueue().length);
        assertTrue(Arrays.stream(run.result.deliveredByQueue()).allMatch(n -> n > 0),
                "RSS spreads the flows over every queue: " + Arrays.toString(run.result.deliveredByQueue()));
        assertTrue(run.doorbells().stream().mapToInt(DoorbellRecord::queue).distinct().count() == BUILT_QUEUES,
                "each CPU sends on its own TX queue (ifq_mapsubq_mask), and every one rang its doorbell");
        assertTrue(run.doorbells().stream().allMatch(d -> d.queue() < BUILT_QUEUES));
    }

    @Test
    void aScenarioNeedingMoreQueuesThanTheModelHasIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CoSimRun.onModel(scenario(8), o -> o.numQueues(BUILT_QUEUES)));
        assertTrue(e.getMessage().contains("offers 4 queues"), e.getMessage());
    }
}
