package org.nicsim.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMix64Test {
    @Test
    void seedZeroGivesTheReferenceFirstOutput() {
        // first output of Vigna's splitmix64.c with x = 0
        assertEquals(0xE220A8397B1DCDAFL, new SplitMix64(0).nextLong());
    }

    @Test
    void sequenceEqualsTheJdkSplittableRandomForTheSameSeed() {
        for (long seed : new long[] {1, 42, -7, 0x123456789ABCDEFL}) {
            SplitMix64 ours = new SplitMix64(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 100; i++) {
                assertEquals(jdk.nextLong(), ours.nextLong(), "seed " + seed + " draw " + i);
            }
        }
    }

    @Test
    void boundedIntsStayInRangeAndCoverIt() {
        SplitMix64 r = new SplitMix64(3);
        boolean[] seen = new boolean[7];
        for (int i = 0; i < 1000; i++) {
            int v = r.nextInt(10, 16);
            assertTrue(v >= 10 && v <= 16, "got " + v);
            seen[v - 10] = true;
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
    }

    @Test
    void derivedStreamsDifferByIndexAndStream() {
        long a = SplitMix64.derive(1, 3, 0).nextLong();
        assertNotEquals(a, SplitMix64.derive(1, 3, 1).nextLong());
        assertNotEquals(a, SplitMix64.derive(1, 2, 0).nextLong());
        assertNotEquals(a, SplitMix64.derive(2, 3, 0).nextLong());
        assertEquals(a, SplitMix64.derive(1, 3, 0).nextLong());
    }

    @Test
    void nonPositiveBoundIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SplitMix64(1).nextInt(0));
    }
}
