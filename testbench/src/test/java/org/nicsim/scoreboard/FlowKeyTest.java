package org.nicsim.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowKeyTest {
    private static byte[] tuple(int length) {
        byte[] t = new byte[length];
        for (int i = 0; i < length; i++) {
            t[i] = (byte) (17 * i + 3);
        }
        return t;
    }

    @Test
    void theSameBytesInAnotherArrayAreTheSameFlow() {
        for (int length : new int[] {8, 12, 36}) {
            FlowKey a = new FlowKey(tuple(length));
            FlowKey b = new FlowKey(tuple(length));
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
        }
    }

    @Test
    void everyByteOfTheTupleTellsFlowsApart() {
        FlowKey base = new FlowKey(tuple(36));
        Set<Integer> hashes = new HashSet<>(Set.of(base.hashCode()));
        for (int i = 0; i < 36; i++) {   // the word-wise part and the byte-wise tail alike
            byte[] t = tuple(36);
            t[i] ^= 1;
            FlowKey k = new FlowKey(t);
            assertNotEquals(base, k, "byte " + i);
            hashes.add(k.hashCode());
        }
        assertEquals(37, hashes.size(), "one bit flipped anywhere moves the hash");
    }

    @Test
    void aTupleIsNotItsOwnPrefix() {
        byte[] t = tuple(12);
        assertNotEquals(new FlowKey(t), new FlowKey(java.util.Arrays.copyOf(t, 8)));
        assertNotEquals(new FlowKey(new byte[12]), new FlowKey(new byte[13]), "zero bytes count too");
    }
}
