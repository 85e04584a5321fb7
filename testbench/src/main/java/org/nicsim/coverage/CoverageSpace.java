package org.nicsim.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds coverpoints: plain bin lists and crosses whose impossible combinations are excluded by
 * rules that carry their reason.
 */
final class CoverageSpace {
    private final List<Coverpoint> points = new ArrayList<>();

    /** A coverpoint over {@code bins} with no exclusion. */
    CoverageSpace point(String group, String name, String description, List<String> bins) {
        points.add(new Coverpoint(group, name, description, bins, Map.of()));
        return this;
    }

    /** A coverpoint whose bins come with optional exclusion reasons (null = counted). */
    CoverageSpace point(String group, String name, String description, List<String> bins, Function<String, String> exclude) {
        Map<String, String> ex = new LinkedHashMap<>();
        for (String b : bins) {
            String why = exclude.apply(b);
            if (why != null) {
                ex.put(b, why);
            }
        }
        points.add(new Coverpoint(group, name, description, bins, ex));
        return this;
    }

    /** Every combination {@code a.b.c} of the axes, in axis order. */
    static List<String> cross(List<?>... axes) {
        List<String> out = new ArrayList<>(List.of(""));
        for (List<?> axis : axes) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (Object v : axis) {
                    next.add(prefix.isEmpty() ? v.toString() : prefix + "." + v);
                }
            }
            out = next;
        }
        return out;
    }

    /** Bins {@code from..to} as decimal strings. */
    static List<String> range(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(Integer.toString(i));
        }
        return out;
    }

    List<Coverpoint> build() {
        return List.copyOf(points);
    }
}
