package org.nicsim.regress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The smallest-looking set of cases that still hits every bin the given cases hit together:
 * greedy set cover (repeatedly take the case that hits the most bins not yet hit; a tie goes to
 * the earlier case). Greedy is not always minimal (set cover is NP-hard) but is within a factor
 * ln(bins) of it, and it is deterministic for a given case order.
 */
public final class SetCover {
    private SetCover() {
    }

    /**
     * @param hits     case name to the bins it hit, in case order
     * @param required bins that must be hit (bins outside every case's hits are left out)
     * @return the chosen case names, in the order greedy picked them
     */
    public static List<String> greedy(Map<String, Set<String>> hits, Set<String> required) {
        Set<String> left = new LinkedHashSet<>(required);
        left.retainAll(union(hits));
        Map<String, Set<String>> remaining = new LinkedHashMap<>(hits);
        List<String> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            String best = null;
            int bestGain = 0;
            for (Map.Entry<String, Set<String>> e : remaining.entrySet()) {
                int gain = 0;
                for (String b : e.getValue()) {
                    if (left.contains(b)) {
                        gain++;
                    }
                }
                if (gain > bestGain) {
                    best = e.getKey();
                    bestGain = gain;
                }
            }
            chosen.add(best);
            left.removeAll(remaining.remove(best));
        }
        return chosen;
    }

    private static Set<String> union(Map<String, Set<String>> hits) {
        Set<String> all = new LinkedHashSet<>();
        hits.values().forEach(all::addAll);
        return all;
    }
}
