package org.nicsim.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The drain contract of the bridge (bridge_api.h): a drain copies the whole batch into the
 * caller's array or, when the array is too short, nothing, and says how long it must be; the
 * batch then grows and takes it whole. The nic_top tests drain the real stage monitor.
 */
class WordBatchTest {
    /** A drain of {@code batch} that, like the bridge's, copies all of it or nothing. */
    private static WordBatch.Drain allOrNothing(long[] batch, int[] calls) {
        return into -> {
            calls[0]++;
            if (into.length < batch.length) {
                return -batch.length;
            }
            System.arraycopy(batch, 0, into, 0, batch.length);
            return batch.length;
        };
    }

    @Test
    void aBatchThatFitsTakesOneCallAndKeepsTheArray() {
        WordBatch b = new WordBatch(8);
        long[] array = b.words();
        int[] calls = {0};
        b.fill(allOrNothing(new long[] {1, 2, 3}, calls));
        assertEquals(1, calls[0]);
        assertSame(array, b.words(), "no allocation when the batch fits");
        assertEquals(3, b.length());
        assertArrayEquals(new long[] {1, 2, 3}, Arrays.copyOf(b.words(), b.length()));
    }

    @Test
    void aLongerBatchGrowsTheArrayAndArrivesWhole() {
        WordBatch b = new WordBatch(2);
        long[] batch = new long[1000];
        Arrays.setAll(batch, i -> 7L * i);
        int[] calls = {0};
        b.fill(allOrNothing(batch, calls));
        assertEquals(2, calls[0], "one refused call, one with room");
        assertEquals(1000, b.length());
        assertArrayEquals(batch, Arrays.copyOf(b.words(), b.length()));
    }

    @Test
    void aShorterBatchReplacesTheLongerOne() {
        WordBatch b = new WordBatch(8);
        b.fill(allOrNothing(new long[] {1, 2, 3, 4, 5}, new int[1]));
        b.fill(allOrNothing(new long[] {9}, new int[1]));
        assertEquals(1, b.length());
        assertEquals(9, b.words()[0]);
    }

    @Test
    void aDrainThatRefusesTwiceIsAnError() {
        WordBatch b = new WordBatch(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.fill(into -> -(into.length + 1)));
        assertTrue(e.getMessage().contains("grew between two drains"), e.getMessage());
    }

    @Test
    void stageRecordsArriveWholeIntoATooShortBatch() {
        long[] small = stageRecordsOfFiveFrames(new WordBatch(1));
        long[] large = stageRecordsOfFiveFrames(new WordBatch());
        assertNotEquals(0, large.length, "the stage monitor recorded the frames");
        assertArrayEquals(large, small, "the same records, whatever the batch's starting size");
    }

    /** Five frames into nic_top with the stage monitor on; every record drained after 3000 cycles. */
    private static long[] stageRecordsOfFiveFrames(WordBatch batch) {
        try (NicModel m = NicModel.open(NicModelOptions.builder().build())) {
            m.probes().stageMonitor(true);
            for (int i = 0; i < 5; i++) {
                byte[] f = new byte[64];
                Arrays.fill(f, (byte) (i + 1));
                m.injectFrame(f, false, 0);
            }
            m.run(3000, 0);
            m.probes().drainStages(batch);
            long[] words = Arrays.copyOf(batch.words(), batch.length());
            m.run(10, 0);
            assertEquals(0, m.probes().drainStages(batch).length(), "a drain takes the records once");
            return words;
        }
    }
}
