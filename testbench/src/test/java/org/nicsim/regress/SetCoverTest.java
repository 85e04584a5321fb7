package org.nicsim.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Greedy set cover on sets worked out by hand. */
class SetCoverTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> cases(Object... nameThenBins) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBins.length; i += 2) {
            m.put((String) nameThenBins[i], (Set<String>) nameThenBins[i + 1]);
        }
        return m;
    }

    @Test
    void takesTheCaseWithMostNewBinsFirstAndBreaksTiesByCaseOrder() {
        // a adds 3; then b and c add 1 each (4): b is earlier; then d adds 5
        Map<String, Set<String>> hits = cases("a", Set.of("1", "2", "3"), "b", Set.of("2", "4"),
                "c", Set.of("3", "4"), "d", Set.of("5"));
        assertEquals(List.of("a", "b", "d"), SetCover.greedy(hits, Set.of("1", "2", "3", "4", "5")));
    }

    @Test
    void leavesOutCasesThatAddNothing() {
        Map<String, Set<String>> hits = cases("a", Set.of("1"), "b", Set.of("1", "2"), "c", Set.of("2"));
        assertEquals(List.of("b"), SetCover.greedy(hits, Set.of("1", "2")));
    }

    @Test
    void coversOnlyTheRequiredBins() {
        // bin 9 is required but nobody hit it; bin 7 is hit but not required
        Map<String, Set<String>> hits = cases("a", Set.of("7"), "b", Set.of("1"));
        assertEquals(List.of("b"), SetCover.greedy(hits, Set.of("1", "9")));
        assertEquals(List.of(), SetCover.greedy(hits, Set.of()));
    }

    @Test
    void isGreedyNotOptimalOnTheTextbookCounterexample() {
        // y and z together cover 1..6, but x has the most bins, so greedy takes x, y, z
        Map<String, Set<String>> hits = cases("x", Set.of("1", "2", "3", "4"), "y", Set.of("1", "2", "5"),
                "z", Set.of("3", "4", "6"));
        assertEquals(List.of("x", "y", "z"), SetCover.greedy(hits, Set.of("1", "2", "3", "4", "5", "6")));
    }
}
