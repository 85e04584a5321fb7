package org.nicsim.scoreboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderBufferTest {
    private static List<String> drain(ReorderBuffer<String> b) {
        List<String> out = new ArrayList<>();
        for (String s = b.poll(); s != null; s = b.poll()) {
            out.add(s);
        }
        return out;
    }

    @Test
    void itemsInOrderLeaveAsTheyArrive() {
        ReorderBuffer<String> b = new ReorderBuffer<>();
        b.put(0, "a");
        assertEquals(List.of("a"), drain(b));
        b.put(1, "b");
        assertEquals(List.of("b"), drain(b));
        assertEquals(2, b.next());
    }

    @Test
    void anItemAheadWaitsForTheOnesBeforeIt() {
        ReorderBuffer<String> b = new ReorderBuffer<>();
        b.put(2, "c");
        b.put(1, "b");
        assertNull(b.poll(), "0 has not arrived");
        b.put(0, "a");
        assertEquals(List.of("a", "b", "c"), drain(b));
    }

    @Test
    void itemsFarAheadKeepTheirPlaceWhenTheRingGrows() {
        ReorderBuffer<String> b = new ReorderBuffer<>();
        b.put(0, "0");
        assertEquals(1, drain(b).size());
        for (int n = 1000; n >= 2; n--) {   // each further ahead than the first ring reaches, in reverse
            b.put(n, Integer.toString(n));
        }
        assertNull(b.poll());
        b.put(1, "1");
        List<String> out = drain(b);
        assertEquals(1000, out.size());
        for (int i = 0; i < out.size(); i++) {
            assertEquals(Integer.toString(i + 1), out.get(i));
        }
    }

    @Test
    void anItemThatAlreadyLeftOrIsHeldIsRejected() {
        ReorderBuffer<String> b = new ReorderBuffer<>();
        b.put(0, "a");
        drain(b);
        assertThrows(IllegalArgumentException.class, () -> b.put(0, "again"));
        b.put(5, "f");
        assertThrows(IllegalArgumentException.class, () -> b.put(5, "twice"));
    }
}
