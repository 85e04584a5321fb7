package org.nicsim.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One named coverpoint: its bins in order and the bins excluded from the total, each with the
 * reason it cannot (or need not) be hit.
 *
 * @param group       the group it is reported under (rx, rss, netisr, ifq, fates, rings, bus)
 * @param name        unique name, {@code group.point}
 * @param description what is sampled, in one line
 * @param bins        every bin, in report order (excluded ones included)
 * @param exclusions  excluded bin to reason
 */
public record Coverpoint(String group, String name, String description, List<String> bins, Map<String, String> exclusions) {
    public Coverpoint {
        bins = List.copyOf(bins);
        exclusions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exclusions));
        for (String b : exclusions.keySet()) {
            if (!bins.contains(b)) {
                throw new IllegalArgumentException(name + ": exclusion of unknown bin " + b);
            }
        }
    }

    /** The bins that count toward coverage. */
    public List<String> counted() {
        return bins.stream().filter(b -> !exclusions.containsKey(b)).toList();
    }

    /** {@code name/bin}: the bin's identifier in coverage.json and merges. */
    public String id(String bin) {
        return name + "/" + bin;
    }
}
